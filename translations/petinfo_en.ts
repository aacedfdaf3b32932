<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Domain</name>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Due in %n day</numerusform>
                <numerusform>Due in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::AdoptionActions</name>
        <message numerus="yes">
            <source>%n new application(s)</source>
            <translation>
                <numerusform>%n new application</numerusform>
                <numerusform>%n new applications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new adoption applications.</source>
            <translation>
                <numerusform>%n new adoption application.</numerusform>
                <numerusform>%n new adoption applications.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::AdoptionAnimalsPage</name>
        <message numerus="yes">
            <source>%n animal(s). </source>
            <translation>
                <numerusform>%n animal. </numerusform>
                <numerusform>%n animals. </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::ApplicationsPage</name>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n application</numerusform>
                <numerusform>%n applications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::BillingAddonsBox</name>
        <message numerus="yes">
            <source>%n tag claim(s)</source>
            <translation>
                <numerusform>%n tag claim</numerusform>
                <numerusform>%n tag claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::BillingDialog</name>
        <message numerus="yes">
            <source> (%n from add-ons)</source>
            <translation>
                <numerusform> (%n from add-ons)</numerusform>
                <numerusform> (%n from add-ons)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n pet tag(s) wait for a claim.&lt;/b&gt; The pets are saved; their tags work as soon as the organisation buys tag claims below.</source>
            <translation>
                <numerusform>&lt;b&gt;%n pet tag wait for a claim.&lt;/b&gt; The pets are saved; their tags work as soon as the organisation buys tag claims below.</numerusform>
                <numerusform>&lt;b&gt;%n pet tags wait for a claim.&lt;/b&gt; The pets are saved; their tags work as soon as the organisation buys tag claims below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag claim(s)</source>
            <translation>
                <numerusform>%n tag claim</numerusform>
                <numerusform>%n tag claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::ConflictLogDialog</name>
        <message numerus="yes">
            <source>%n conflict(s), %1 not put back.</source>
            <translation>
                <numerusform>%n conflict, %1 not put back.</numerusform>
                <numerusform>%n conflicts, %1 not put back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::DataTransfer</name>
        <message numerus="yes">
            <source>Imported %n pet(s).</source>
            <translation>
                <numerusform>Imported %n pet.</numerusform>
                <numerusform>Imported %n pets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n pet(s) to %1.</source>
            <translation>
                <numerusform>Exported %n pet to %1.</numerusform>
                <numerusform>Exported %n pets to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::FoundBanner</name>
        <message numerus="yes">
            <source>%n more new report(s).</source>
            <translation>
                <numerusform>%n more new report.</numerusform>
                <numerusform>%n more new reports.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::GalleryPage</name>
        <message numerus="yes">
            <source>%n of %1 animals</source>
            <translation>
                <numerusform>%n of %1 animals</numerusform>
                <numerusform>%n of %1 animals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n animal(s) looking for a home</source>
            <translation>
                <numerusform>%n animal looking for a home</numerusform>
                <numerusform>%n animals looking for a home</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::HealthPage</name>
        <message numerus="yes">
            <source>%n record(s) overdue.</source>
            <translation>
                <numerusform>%n record overdue.</numerusform>
                <numerusform>%n records overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s); nothing overdue.</source>
            <translation>
                <numerusform>%n record; nothing overdue.</numerusform>
                <numerusform>%n records; nothing overdue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::ImportDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %n data row(s), %2 columns, separated by "%3".</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n data row, %2 columns, separated by "%3".</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n data rows, %2 columns, separated by "%3".</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checking %n row(s)…</source>
            <translation>
                <numerusform>Checking %n row…</numerusform>
                <numerusform>Checking %n rows…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) checked: </source>
            <translation>
                <numerusform>%n row checked: </numerusform>
                <numerusform>%n rows checked: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n can be imported</source>
            <translation>
                <numerusform>%n can be imported</numerusform>
                <numerusform>%n can be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n have errors and would be skipped</source>
            <translation>
                <numerusform>, %n has errors and would be skipped</numerusform>
                <numerusform>, %n have errors and would be skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n warning(s)</source>
            <translation>
                <numerusform>, %n warning</numerusform>
                <numerusform>, %n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n pet(s)…</source>
            <translation>
                <numerusform>Importing %n pet…</numerusform>
                <numerusform>Importing %n pets…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n pet(s)</source>
            <translation>
                <numerusform>&amp;Import %n pet</numerusform>
                <numerusform>&amp;Import %n pets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n add a vaccine to an animal listed above</source>
            <translation>
                <numerusform>, %n adds a vaccine to an animal listed above</numerusform>
                <numerusform>, %n add a vaccine to an animal listed above</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::MainWindow</name>
        <message numerus="yes">
            <source>Open health records due in the next %n day(s) or already overdue, most overdue first. Double-click a row to open the pet.</source>
            <translation>
                <numerusform>Open health records due in the next %n day or already overdue, most overdue first. Double-click a row to open the pet.</numerusform>
                <numerusform>Open health records due in the next %n days or already overdue, most overdue first. Double-click a row to open the pet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pet(s)</source>
            <translation>
                <numerusform>%n pet</numerusform>
                <numerusform>%n pets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n pet(s)</source>
            <translation>
                <numerusform>%1 of %n pet</numerusform>
                <numerusform>%1 of %n pets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n pets and all their records to the trash?

%1

You can undo this with %2 or restore the pets from the Trash.</source>
            <translation>
                <numerusform>Move %n pets and all their records to the trash?

%1

You can undo this with %2 or restore the pets from the Trash.</numerusform>
                <numerusform>Move %n pets and all their records to the trash?

%1

You can undo this with %2 or restore the pets from the Trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n pet(s)</source>
            <translation>
                <numerusform>Delete %n pet</numerusform>
                <numerusform>Delete %n pets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pet(s) moved to the trash. Undo with %1.</source>
            <translation>
                <numerusform>%n pet moved to the trash. Undo with %1.</numerusform>
                <numerusform>%n pets moved to the trash. Undo with %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::PetEditorDialog</name>
        <message numerus="yes">
            <source>Saved with %n warning(s).</source>
            <translation>
                <numerusform>Saved with %n warning.</numerusform>
                <numerusform>Saved with %n warnings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::RemindersWindow</name>
        <message numerus="yes">
            <source>%n message(s) and planned reminder(s).</source>
            <translation>
                <numerusform>%n message and planned reminder.</numerusform>
                <numerusform>%n messages and planned reminders.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n shown.</source>
            <translation>
                <numerusform>%1 of %n shown.</numerusform>
                <numerusform>%1 of %n shown.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::ReportActions</name>
        <message numerus="yes">
            <source>Writing %n health report(s)…</source>
            <translation>
                <numerusform>Writing %n health report…</numerusform>
                <numerusform>Writing %n health reports…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n health report(s) to %1.</source>
            <translation>
                <numerusform>Saved %n health report to %1.</numerusform>
                <numerusform>Saved %n health reports to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::StaffPage</name>
        <message numerus="yes">
            <source>%n application(s) waiting to send</source>
            <translation>
                <numerusform>%n application waiting to send</numerusform>
                <numerusform>%n applications waiting to send</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::SyncController</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Synced %n minute ago</numerusform>
                <numerusform>Synced %n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %n change(s) waiting</source>
            <translation>
                <numerusform> · %n change waiting</numerusform>
                <numerusform> · %n changes waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made here have not reached the server yet and would be lost.</source>
            <translation>
                <numerusform>%n change made here have not reached the server yet and would be lost.</numerusform>
                <numerusform>%n changes made here have not reached the server yet and would be lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n pet tag(s) not active yet.&lt;/b&gt; The pets are saved and synced, but the organisation has used its tag claims: their tags work as soon as more are bought.</source>
            <translation>
                <numerusform>&lt;b&gt;%n pet tag not active yet.&lt;/b&gt; The pets are saved and synced, but the organisation has used its tag claims: their tags work as soon as more are bought.</numerusform>
                <numerusform>&lt;b&gt;%n pet tags not active yet.&lt;/b&gt; The pets are saved and synced, but the organisation has used its tag claims: their tags work as soon as more are bought.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::client::TagPrintDialog</name>
        <message numerus="yes">
            <source>For the %n selected pet(s)</source>
            <translation>
                <numerusform>For the %n selected pet</numerusform>
                <numerusform>For the %n selected pets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n tag</numerusform>
                <numerusform>%n tags</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected pet(s) without a tag left out.</source>
            <translation>
                <numerusform>%n selected pet without a tag left out.</numerusform>
                <numerusform>%n selected pets without a tag left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The preview shows the first %n page(s).</source>
            <translation>
                <numerusform>The preview shows the first %n page.</numerusform>
                <numerusform>The preview shows the first %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) open the animal's adoption page.</source>
            <translation>
                <numerusform>%n card open the animal's adoption page.</numerusform>
                <numerusform>%n cards open the animal's adoption page.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>petinfo::report::DomainText</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
</TS>
