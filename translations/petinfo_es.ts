<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConflictModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth date is estimated</source>
        <translation>Fecha de nacimiento estimada</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>ID de placa</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Teléfono del dueño</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>Correo electrónico del dueño</translation>
    </message>
    <message>
        <source>Owner address</source>
        <translation>Dirección del dueño</translation>
    </message>
    <message>
        <source>Owner language</source>
        <translation>Idioma del dueño</translation>
    </message>
    <message>
        <source>Owner accepts WhatsApp</source>
        <translation>El dueño acepta WhatsApp</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Creando la base de datos cifrada…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That passphrase is not the right one. Nothing was changed; try again (is Caps Lock on?).</source>
        <translation>Esa frase de contraseña no es correcta. No se ha modificado nada; se puede volver a intentar (¿está activado Bloq Mayús?).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>species</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Con dueño</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En cuidado</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>En adopción</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Desparasitación</translation>
    </message>
    <message>
        <source>Flea/tick</source>
        <translation>Pulgas y garrapatas</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Lab work</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Foster</source>
        <translation>Hogar de acogida</translation>
    </message>
    <message>
        <source>Adopter</source>
        <translation>Adoptante</translation>
    </message>
    <message>
        <source>Vet</source>
        <translation>Veterinario</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>contact role</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y %2 m</source>
        <comment>age in years and months</comment>
        <translation>%1 a %2 m</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Round tag 25 mm (A4, cut out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round tag 30 mm (A4, cut out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collar tag 50 x 22 mm (A4, cut out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kennel card (A6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dymo 89 x 36 mm label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tag id</source>
        <translation>ID de placa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nombre del dueño</translation>
    </message>
    <message>
        <source>Owner phone</source>
        <translation>Teléfono del dueño</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>Correo electrónico del dueño</translation>
    </message>
    <message>
        <source>WhatsApp opt-in</source>
        <translation>Acepta WhatsApp</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>campo obligatorio</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>supera la longitud máxima</translation>
    </message>
    <message>
        <source>a microchip number has 15 digits (ISO 11784/11785); older chips have 9 or 10 characters</source>
        <translation>un número de microchip tiene 15 dígitos (ISO 11784/11785); los chips antiguos tienen 9 o 10 caracteres</translation>
    </message>
    <message>
        <source>an older 9/10-character chip: accepted, but not every scanner reads it</source>
        <translation>chip antiguo de 9/10 caracteres: se acepta, pero no todos los lectores pueden leerlo</translation>
    </message>
    <message>
        <source>numbers starting with 999 belong to test transponders</source>
        <translation>los números que empiezan por 999 corresponden a transpondedores de prueba</translation>
    </message>
    <message>
        <source>this microchip number is already used by another pet</source>
        <translation>este número de microchip ya lo tiene otra mascota</translation>
    </message>
    <message>
        <source>not a valid international number, e.g. +54 9 11 2345 6789</source>
        <translation>no es un número internacional válido, p. ej., +54 9 11 2345 6789</translation>
    </message>
    <message>
        <source>add the country code, e.g. +54</source>
        <translation>falta el código de país, p. ej., +54</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>use a language code such as &quot;es&quot; or &quot;pt-BR&quot;</source>
        <translation>debe ser un código de idioma, como &quot;es&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <source>is implausibly early</source>
        <translation>es una fecha demasiado antigua para ser verosímil</translation>
    </message>
    <message>
        <source>is before the date it was given</source>
        <translation>es anterior a la fecha de administración</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 1500 kg</source>
        <translation>debe ser mayor que 0 y no superar los 1500 kg</translation>
    </message>
    <message>
        <source>exactly one contact must be the primary one</source>
        <translation>debe haber exactamente un contacto principal</translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation>no es un ID válido</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>no es uno de los valores permitidos</translation>
    </message>
    <message>
        <source>is not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>no es una fecha (formato AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Pet Info: offline pet records.</source>
        <translation>Pet Info: registros de mascotas sin conexión.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Archivo de la base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>The sync server, e.g. https://sync.example.org.</source>
        <translation>Servidor de sincronización, p. ej., https://sync.example.org.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AppController</name>
    <message>
        <source>Pet Info cannot start</source>
        <translation>Pet Info no puede iniciarse</translation>
    </message>
    <message>
        <source>The folder for the database cannot be created: %1</source>
        <translation>No se puede crear la carpeta de la base de datos: %1</translation>
    </message>
    <message>
        <source>Pet Info cannot open your records</source>
        <translation>Pet Info no puede abrir los registros</translation>
    </message>
    <message>
        <source>Restore the newest automatic backup, from %1? The damaged file is kept aside.</source>
        <translation>¿Restaurar la copia de seguridad automática más reciente, del %1? El archivo dañado se conserva aparte.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Falló la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Copia de seguridad automática guardada: %1</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia de seguridad restaurada.</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored. The records you had before were kept at %1.</source>
        <translation>Se restauró la copia de seguridad. Los registros anteriores se conservaron en %1.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Try again.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Se puede volver a intentar.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>The local copy was not fully removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the records were removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::AttachmentModel</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>petinfo::client::AttachmentsPage</name>
    <message>
        <source>Add &amp;photo…</source>
        <translation>&amp;Añadir foto…</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añad&amp;ir documento…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Gua&amp;rdar una copia…</translation>
    </message>
    <message>
        <source>Use as &amp;main photo</source>
        <translation>&amp;Usar como foto principal</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Añadir una foto</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not add the file</source>
        <translation>No se pudo añadir el archivo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>Could not add the photo</source>
        <translation>No se pudo añadir la foto</translation>
    </message>
    <message>
        <source>%1 is not an image this app can show.</source>
        <translation>%1 no es una imagen que esta aplicación pueda mostrar.</translation>
    </message>
    <message>
        <source>Could not set the main photo</source>
        <translation>No se pudo establecer la foto principal</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Could not save the copy</source>
        <translation>No se pudo guardar la copia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this pet&apos;s files?</source>
        <translation>¿Quitar &quot;%1&quot; de los archivos de esta mascota?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Could not remove the file</source>
        <translation>No se pudo quitar el archivo</translation>
    </message>
    <message>
        <source>No photos or documents yet.</source>
        <translation>Aún no hay fotos ni documentos.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Seleccionar un archivo para ver la vista previa.</translation>
    </message>
    <message>
        <source>%1
(no preview)</source>
        <translation>%1
(sin vista previa)</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictLogDialog</name>
    <message>
        <source>&amp;Put Back Overwritten Value</source>
        <translation>&amp;Restaurar valor sobrescrito</translation>
    </message>
    <message>
        <source>Conflict Log</source>
        <translation>Registro de conflictos</translation>
    </message>
    <message>
        <source>When two devices changed the same field before syncing, the later change was kept everywhere. Nothing is lost: the overwritten value is listed here and can be put back, which is a new change that syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the overwritten value current again (a new edit that syncs)</source>
        <translation>Volver a usar el valor sobrescrito (un cambio nuevo que se sincroniza)</translation>
    </message>
    <message>
        <source>Cannot read the conflict log</source>
        <translation>No se puede leer el registro de conflictos</translation>
    </message>
    <message>
        <source>No conflicts: every change so far met no other change of the same field.</source>
        <translation>Sin conflictos: ningún cambio coincidió con otro cambio del mismo campo.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), %1 not put back.</source>
        <translation>
            <numerusform>%n conflicto, %1 sin restaurar.</numerusform>
            <numerusform>%n conflictos, %1 sin restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put the value back</source>
        <translation>No se pudo restaurar el valor</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ConflictModel</name>
    <message>
        <source>The lost value was put back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (put back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <source>Contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::ContactModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ContactsPage</name>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>&amp;Marcar como principal</translation>
    </message>
    <message>
        <source>Agrees to WhatsApp reminders</source>
        <translation>Acepta recordatorios por WhatsApp</translation>
    </message>
    <message>
        <source>With country code; several separated by commas</source>
        <translation>Con código de país; varios separados por comas</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>petinfo::client::CsvPreviewModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DataTransfer</name>
    <message>
        <source>Import pets from CSV</source>
        <translation>Importar mascotas desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pet(s).</source>
        <translation>
            <numerusform>Se importó %n mascota.</numerusform>
            <numerusform>Se importaron %n mascotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Exportar todo como JSON</translation>
    </message>
    <message>
        <source>Export pets as CSV</source>
        <translation>Exportar mascotas como CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pet(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n mascota a %1.</numerusform>
            <numerusform>Se exportaron %n mascotas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Guardar copia de seguridad en</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1)</source>
        <translation>Copias de seguridad de Pet Info (*%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Creando copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2).</source>
        <translation>Copia de seguridad guardada en %1 (%2).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Pet Info backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de Pet Info (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current records with the backup from %1?

The current database is kept as a backup first, so this can be reversed.</source>
        <translation>¿Reemplazar los registros actuales por la copia de seguridad del %1?

Antes se guarda la base de datos actual como copia de seguridad, así que esta acción se puede revertir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>petinfo::client::DueModel</name>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>petinfo::client::FieldIssueLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthPage</name>
    <message>
        <source>&amp;Add record…</source>
        <translation>&amp;Añadir registro…</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Eliminar registro</translation>
    </message>
    <message>
        <source>Record the next dose of the selected vaccine or treatment</source>
        <translation>Registrar la siguiente dosis de la vacuna o el tratamiento seleccionado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Delete health record</source>
        <translation>Eliminar registro de salud</translation>
    </message>
    <message>
        <source>Delete the record &quot;%1&quot;? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar el registro &quot;%1&quot;? Se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not change the record</source>
        <translation>No se pudo modificar el registro</translation>
    </message>
    <message>
        <source>No health records yet. Add vaccines, dewormings, treatments and check-ups here.</source>
        <translation>Aún no hay registros de salud. Aquí se pueden añadir vacunas, desparasitaciones, tratamientos y controles.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) overdue.</source>
        <translation>
            <numerusform>%n registro vencido.</numerusform>
            <numerusform>%n registros vencidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s); nothing overdue.</source>
        <translation>
            <numerusform>%n registro; ninguno vencido.</numerusform>
            <numerusform>%n registros; ninguno vencido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthRecordDialog</name>
    <message>
        <source>Due again on</source>
        <translation>Vence de nuevo el</translation>
    </message>
    <message>
        <source>New health record</source>
        <translation>Nuevo registro de salud</translation>
    </message>
    <message>
        <source>e.g. Rabies, Nobivac DHPPi</source>
        <translation>p. ej., Rabia, Nobivac DHPPi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Batch/lot:</source>
        <translation>&amp;Lote:</translation>
    </message>
    <message>
        <source>&amp;Next due:</source>
        <translation>Pró&amp;ximo vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Administrado por:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renovar %1</translation>
    </message>
    <message>
        <source>Could not save the record</source>
        <translation>No se pudo guardar el registro</translation>
    </message>
</context>
<context>
    <name>petinfo::client::HealthRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Replaced by a later record of the same kind</source>
        <translation>Sustituido por un registro posterior del mismo tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Batch/lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportDialog</name>
    <message>
        <source>&amp;Check rows</source>
        <translation>&amp;Comprobar filas</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Guardar in&amp;forme…</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import the others</source>
        <translation>&amp;Omitir las filas con errores e importar las demás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import pets from CSV</source>
        <translation>Importar mascotas desde CSV</translation>
    </message>
    <message>
        <source>1. Columns: what each column of the file holds</source>
        <translation>1. Columnas: qué contiene cada columna del archivo</translation>
    </message>
    <message>
        <source>2. Rows: problems found before anything is written</source>
        <translation>2. Filas: problemas encontrados antes de escribir nada</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>%1 could not be read as CSV: %2</source>
        <translation>No se pudo leer %1 como CSV: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n data row(s), %2 columns, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n fila de datos, %2 columnas, separadas por &quot;%3&quot;.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n filas de datos, %2 columnas, separadas por &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>The columns changed: check the rows again.</source>
        <translation>Las columnas cambiaron: hay que volver a comprobar las filas.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>No se puede comprobar el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation>
            <numerusform>%n fila comprobada: </numerusform>
            <numerusform>%n filas comprobadas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n se puede importar</numerusform>
            <numerusform>%n se pueden importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n have errors and would be skipped</source>
        <translation>
            <numerusform>, %n tiene errores y se omitiría</numerusform>
            <numerusform>, %n tienen errores y se omitirían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n pet(s)…</source>
        <translation>
            <numerusform>Importando %n mascota…</numerusform>
            <numerusform>Importando %n mascotas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se modificó nada.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemas</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe de problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n pet(s)</source>
        <translation>
            <numerusform>&amp;Importar %n mascota</numerusform>
            <numerusform>&amp;Importar %n mascotas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportIssueModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ImportMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Valores de ejemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
</context>
<context>
    <name>petinfo::client::MainWindow</name>
    <message>
        <source>Pet Info</source>
        <translation>Pet Info</translation>
    </message>
    <message>
        <source>Could not load the pets</source>
        <translation>No se pudieron cargar las mascotas</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Due soon / overdue</source>
        <translation>Próximos a vencer / vencidos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Could not load the list</source>
        <translation>No se pudo cargar la lista</translation>
    </message>
    <message>
        <source>Find by name, microchip, owner or phone (Ctrl+F)</source>
        <translation>Buscar por nombre, microchip, dueño o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find pets</source>
        <translation>Buscar mascotas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>Open health records due in the next %n day(s) or already overdue, most overdue first. Double-click a row to open the pet.</source>
        <translation>
            <numerusform>Registros de salud pendientes que vencen en el próximo %n día o ya vencidos, primero los más atrasados. Doble clic en una fila para abrir la mascota.</numerusform>
            <numerusform>Registros de salud pendientes que vencen en los próximos %n días o ya vencidos, primero los más atrasados. Doble clic en una fila para abrir la mascota.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Delete &amp;forever…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <source>Deleted pets stay here, with all their records, until you delete them for good.</source>
        <translation>Las mascotas eliminadas permanecen aquí, con todos sus registros, hasta que se eliminen definitivamente.</translation>
    </message>
    <message>
        <source>Delete pet</source>
        <translation>Eliminar mascota</translation>
    </message>
    <message>
        <source>Move %1 and all its records to the trash?

You can undo this with Ctrl+Z or restore the pet from the Trash.</source>
        <translation>¿Mover %1 y todos sus registros a la papelera?

Se puede deshacer con Ctrl+Z o restaurar la mascota desde la Papelera.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Could not change the pet</source>
        <translation>No se pudo modificar la mascota</translation>
    </message>
    <message>
        <source>%1 moved to the trash. Undo with Ctrl+Z.</source>
        <translation>%1 se movió a la papelera. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Could not restore the pet</source>
        <translation>No se pudo restaurar la mascota</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>Se restauró %1.</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Delete %1 and all its records for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente %1 y todos sus registros? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the pet</source>
        <translation>No se pudo eliminar la mascota</translation>
    </message>
    <message numerus="yes">
        <source>%n pet(s)</source>
        <translation>
            <numerusform>%n mascota</numerusform>
            <numerusform>%n mascotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pet(s)</source>
        <translation>
            <numerusform>%1 de %n mascota</numerusform>
            <numerusform>%1 de %n mascotas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 overdue · %2 due soon</source>
        <translation>%1 vencidos · %2 próximos a vencer</translation>
    </message>
    <message>
        <source>Due soon / overdue (%1)</source>
        <translation>Próximos a vencer / vencidos (%1)</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Papelera (%1)</translation>
    </message>
    <message>
        <source>No pets yet. Add the first one with File &gt; New Pet (Ctrl+N), or import a CSV file.</source>
        <translation>Aún no hay mascotas. La primera se puede añadir con Archivo &gt; Nueva mascota (Ctrl+N) o importando un archivo CSV.</translation>
    </message>
    <message>
        <source>No pet matches &quot;%1&quot;.</source>
        <translation>Ninguna mascota coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>this pet</source>
        <translation>esta mascota</translation>
    </message>
    <message>
        <source>&amp;New Pet…</source>
        <translation>&amp;Nueva mascota…</translation>
    </message>
    <message>
        <source>Add a pet (Ctrl+N)</source>
        <translation>Añadir una mascota (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open Pet…</source>
        <translation>A&amp;brir mascota…</translation>
    </message>
    <message>
        <source>&amp;Delete Pet…</source>
        <translation>&amp;Eliminar mascota…</translation>
    </message>
    <message>
        <source>Move the selected pet to the trash (Delete)</source>
        <translation>Mover la mascota seleccionada a la papelera (Supr)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Pets as &amp;CSV…</source>
        <translation>Mascotas como &amp;CSV…</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Todo como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Hacer &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Pets</source>
        <translation>&amp;Mascotas</translation>
    </message>
    <message>
        <source>&amp;Due Soon / Overdue</source>
        <translation>Próximos a vencer / &amp;vencidos</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papelera</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;About Pet Info</source>
        <translation>&amp;Acerca de Pet Info</translation>
    </message>
    <message>
        <source>About Pet Info</source>
        <translation>Acerca de Pet Info</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pet Info %1&lt;/h3&gt;&lt;p&gt;Offline-first pet records for clinics, shelters and owners.&lt;/p&gt;&lt;p&gt;Your records are kept in an encrypted database on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pet Info %1&lt;/h3&gt;&lt;p&gt;Registros de mascotas que funcionan sin conexión, para clínicas, refugios y dueños.&lt;/p&gt;&lt;p&gt;Los registros se guardan en una base de datos cifrada en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NoteModel</name>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>petinfo::client::NotesPage</name>
    <message>
        <source>&amp;New note</source>
        <translation>Nue&amp;va nota</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Gu&amp;ardar nota</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Eliminar nota</translation>
    </message>
    <message>
        <source>Write a note: behaviour, diet, where the pet was found…</source>
        <translation>Escribir una nota: comportamiento, dieta, dónde se encontró la mascota…</translation>
    </message>
    <message>
        <source>Could not save the note</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>¿Eliminar esta nota?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the note</source>
        <translation>No se pudo eliminar la nota</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PassphraseDialog</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase de contraseña</translation>
    </message>
    <message>
        <source>Protect your pet records</source>
        <translation>Proteger los registros de mascotas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pet Info keeps your records in an encrypted file. This computer has no system keychain to hold its key, so choose a passphrase instead.&lt;/p&gt;&lt;p&gt;You will need it every time you open Pet Info. &lt;b&gt;If you forget it, the records cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pet Info guarda los registros en un archivo cifrado. Este equipo no tiene un llavero del sistema donde guardar la clave, así que hay que elegir una frase de contraseña.&lt;/p&gt;&lt;p&gt;Se pedirá cada vez que se abra Pet Info. &lt;b&gt;Si se olvida, los registros no se podrán recuperar.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Unlock Pet Info</source>
        <translation>Desbloquear Pet Info</translation>
    </message>
    <message>
        <source>The records in %1 are protected by a passphrase.</source>
        <translation>Los registros de %1 están protegidos con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is encrypted like your records. To restore it on another computer, give it a passphrase of its own; otherwise it opens only here.</source>
        <translation>La copia de seguridad se cifra igual que los registros. Para poder restaurarla en otro equipo, hay que darle una frase de contraseña propia; si no, solo se podrá abrir en este.</translation>
    </message>
    <message>
        <source>Protect this backup with its own passphrase</source>
        <translation>Proteger esta copia de seguridad con su propia frase de contraseña</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Unlock backup</source>
        <translation>Desbloquear copia de seguridad</translation>
    </message>
    <message>
        <source>The backup %1 has its own passphrase.</source>
        <translation>La copia de seguridad %1 tiene su propia frase de contraseña.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>The backup will use this database&apos;s key.</source>
        <translation>La copia de seguridad usará la clave de esta base de datos.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember.</source>
        <translation>Debe tener al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>Débil: conviene añadir más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Aceptable.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PdfPreview</name>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown: the PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetEditorDialog</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>Pes&amp;o</translation>
    </message>
    <message>
        <source>Photos &amp;&amp; &amp;documents</source>
        <translation>&amp;Fotos y documentos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Save the profile and contacts (%1)</source>
        <translation>Guardar el perfil y los contactos (%1)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>%1 done. Undo with Ctrl+Z.</source>
        <translation>%1: hecho. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Could not open the pet</source>
        <translation>No se pudo abrir la mascota</translation>
    </message>
    <message>
        <source>Save the new pet first</source>
        <translation>Primero hay que guardar la nueva mascota</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked with an error.</source>
        <translation>No se guardó: hay que corregir los campos marcados con error.</translation>
    </message>
    <message>
        <source>Could not save the pet</source>
        <translation>No se pudo guardar la mascota</translation>
    </message>
    <message numerus="yes">
        <source>Saved with %n warning(s).</source>
        <translation>
            <numerusform>Guardado con %n advertencia.</numerusform>
            <numerusform>Guardado con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>the new pet</source>
        <translation>la nueva mascota</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <source>New pet</source>
        <translation>Nueva mascota</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Mascota</translation>
    </message>
    <message>
        <source>%1 — Pet Info</source>
        <translation>%1 — Pet Info</translation>
    </message>
</context>
<context>
    <name>petinfo::client::PetListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ProfilePage</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>e.g. Zanahoria</source>
        <translation>p. ej., Zanahoria</translation>
    </message>
    <message>
        <source>15 digits, e.g. 982 000 123 456 789</source>
        <translation>15 dígitos, p. ej., 982 000 123 456 789</translation>
    </message>
    <message>
        <source>Optional second chip</source>
        <translation>Segundo chip (opcional)</translation>
    </message>
    <message>
        <source>e.g. brown with a white chest</source>
        <translation>p. ej., marrón con el pecho blanco</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>Espec&amp;ie:</translation>
    </message>
    <message>
        <source>&amp;Breed:</source>
        <translation>&amp;Raza:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <source>Neu&amp;tered:</source>
        <translation>Castrado/esterili&amp;zado:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Fec&amp;ha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Colour, markings:</source>
        <translation>Color &amp;y señas:</translation>
    </message>
    <message>
        <source>&amp;Microchip:</source>
        <translation>&amp;Microchip:</translation>
    </message>
    <message>
        <source>Second micr&amp;ochip:</source>
        <translation>Seg&amp;undo microchip:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>A&amp;lergias:</translation>
    </message>
    <message>
        <source>Con&amp;ditions:</source>
        <translation>&amp;Afecciones:</translation>
    </message>
    <message>
        <source>&amp;General notes:</source>
        <translation>No&amp;tas generales:</translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportActions</name>
    <message>
        <source>&amp;Health Report…</source>
        <translation>&amp;Informe de salud…</translation>
    </message>
    <message>
        <source>Print QR &amp;Tags…</source>
        <translation>Imprimir &amp;placas QR…</translation>
    </message>
    <message>
        <source>&amp;Batch Health Reports…</source>
        <translation>Informes de salud en &amp;lote…</translation>
    </message>
    <message>
        <source>Open Pet from &amp;QR Image…</source>
        <translation>Abrir mascota desde imagen &amp;QR…</translation>
    </message>
    <message>
        <source>Scan Tag with &amp;Camera…</source>
        <translation>Escanear placa con la &amp;cámara…</translation>
    </message>
    <message>
        <source>Preview, save or print the selected pet&apos;s health report (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR tags for the selected pets, or blank tags (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the health reports of all selected pets in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the pet of a QR tag in a photo or scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Tag with Camera (Not Available in This Version)</source>
        <translation>Escanear placa con la cámara (no disponible en esta versión)</translation>
    </message>
    <message>
        <source>&amp;Tags &amp;&amp; Reports</source>
        <translation>&amp;Placas e informes</translation>
    </message>
    <message>
        <source>Scan Tag with Camera (No Camera Found)</source>
        <translation>Escanear placa con la cámara (no se encontró cámara)</translation>
    </message>
    <message>
        <source>the selected pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Report</source>
        <translation>Informe de salud</translation>
    </message>
    <message>
        <source>Select a pet in the list first.</source>
        <translation>Primero seleccione una mascota en la lista.</translation>
    </message>
    <message>
        <source>Could not read the pet&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Health Reports</source>
        <translation>Informes de salud en lote</translation>
    </message>
    <message>
        <source>Select the pets in the list first (Ctrl+click or Shift+click selects several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Health Reports as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health reports.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n health report(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reports were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n health report(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Pet from QR Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code found</source>
        <translation>No se encontró ningún código QR</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Use a sharp photo with the whole tag in view, or a scan of the printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Pet Info can read, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Pet Info tag</source>
        <translation>No es una placa de Pet Info</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a Pet Info tag. It says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag</source>
        <translation>Placa desconocida</translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet in your records. To give it to a pet, select the pet in the list and scan the tag again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Tag to Pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 does not belong to any pet yet. Give it to %2?

A tag %2 had before stops opening %2&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 now belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Connect one, or open a photo of the tag with Open Pet from QR Image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Pet Info was built without camera support. Open a photo of the tag with Open Pet from QR Image instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::ReportPreviewDialog</name>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 health report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Health Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Health Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 health report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::ScanDialog</name>
    <message>
        <source>Hold the tag&apos;s QR code in front of the camera, about a hand&apos;s width away. The pet opens as soon as the code is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a Tag with the Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;Photo Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera and open this window again, or use a photo of the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::SignInDialog</name>
    <message>
        <source>The server cannot be reached. Check the address and the network. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account uses two-factor sign-in: enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is wrong, expired or already used. Wait for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this e-mail already exists: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Try again later. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not answer like a Pet Info server. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new organisation on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync keeps this computer&apos;s records and your other devices&apos; the same. Records already on this computer are added to your organisation&apos;s, never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>6 digits, if your account uses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterinary clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animal shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://sync.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to several organisations: choose the one this computer works for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::SyncController</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in: records stay on this computer</source>
        <translation>Sin sesión iniciada: los registros quedan en este equipo</translation>
    </message>
    <message>
        <source>Signed in; not synced yet</source>
        <translation>Sesión iniciada; aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizado hace %n minuto</numerusform>
            <numerusform>Sincronizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: next try in %1</source>
        <translation>Sin conexión: próximo intento en %1</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Inicie sesión de nuevo para sincronizar</translation>
    </message>
    <message>
        <source>Sync failed: retrying in %1</source>
        <translation>Falló la sincronización: reintento en %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n change(s) waiting</source>
        <translation>
            <numerusform> · %n cambio pendiente</numerusform>
            <numerusform> · %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>Enviar y recibir cambios ahora (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Conflict Log…</source>
        <translation>&amp;Registro de conflictos…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Iniciar sesión de &amp;nuevo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; Everything you enter is saved on this computer and will be sent when %1 can be reached again.</source>
        <translation>&lt;b&gt;Sin conexión.&lt;/b&gt; Todo lo que ingrese se guarda en este equipo y se enviará cuando %1 vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server no longer accepts this computer.&lt;/b&gt; Your records are safe here; sign in again to keep syncing.</source>
        <translation>&lt;b&gt;El servidor ya no acepta este equipo.&lt;/b&gt; Sus registros están a salvo aquí; inicie sesión de nuevo para seguir sincronizando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync failed.&lt;/b&gt; Your records are safe on this computer; Pet Info keeps trying. (%1)</source>
        <translation>&lt;b&gt;Falló la sincronización.&lt;/b&gt; Sus registros están a salvo en este equipo; Pet Info sigue intentándolo. (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of %1 on this computer? Syncing stops and the server forgets this computer&apos;s access.</source>
        <translation>¿Cerrar la sesión de %1 en este equipo? La sincronización se detiene y el servidor revoca el acceso de este equipo.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Also remove the records from this computer? They stay on the server for %1, and signing in again brings them back.</source>
        <translation>¿Quitar también los registros de este equipo? Siguen en el servidor para %1 y vuelven al iniciar sesión de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the server yet and would be lost.</source>
        <translation>
            <numerusform>%n cambio hecho aquí aún no llegó al servidor y se perdería.</numerusform>
            <numerusform>%n cambios hechos aquí aún no llegaron al servidor y se perderían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the local copy?</source>
        <translation>¿Quitar la copia local?</translation>
    </message>
    <message>
        <source>Remove from This Computer</source>
        <translation>Quitar de este equipo</translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>No se pudo cerrar la sesión</translation>
    </message>
</context>
<context>
    <name>petinfo::client::TagPrintDialog</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New blank tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For the %n selected pet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number of blank tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels already peeled off the first sheet: printing starts after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves everything printed to the right (negative: to the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves everything printed down (negative: up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank tags are stored when you save or print them, so each printed tag can later be given to a pet by scanning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag or label sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels already used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a test sheet prints off the labels, measure by how much and enter it here. Remembered for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each QR code opens this address followed by /t/ and the tag id: the pet&apos;s public page on your Pet Info server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tags as a PDF file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tags (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Pet Info server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation type="unfinished">%1 del %2. {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected pet(s) without a tag left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the public address of your Pet Info server to see the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tags to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be drawn. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the blank tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank tags.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pet tags.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tags as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Printing the tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For selected pets (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::client::TrashModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightModel</name>
    <message>
        <source>+%1 kg</source>
        <translation>+%1 kg</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
</context>
<context>
    <name>petinfo::client::WeightPage</name>
    <message>
        <source>&amp;Add weight</source>
        <translation>&amp;Añadir peso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No weighings yet. Add the first one on the left.</source>
        <translation>Aún no hay pesajes. El primero se puede añadir a la izquierda.</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Could not save the weight</source>
        <translation>No se pudo guardar el peso</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Could not change the weight</source>
        <translation>No se pudo modificar el peso</translation>
    </message>
</context>
<context>
    <name>petinfo::report::DomainText</name>
    <message>
        <source>Dog</source>
        <translation>Perro</translation>
    </message>
    <message>
        <source>Cat</source>
        <translation>Gato</translation>
    </message>
    <message>
        <source>Rabbit</source>
        <translation>Conejo</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Ave</translation>
    </message>
    <message>
        <source>Reptile</source>
        <translation>Reptil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>sex</comment>
        <translation type="unfinished">Desconocido</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Macho</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Hembra</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>neutered</comment>
        <translation type="unfinished">Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>neutered</comment>
        <translation type="unfinished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>neutered</comment>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Con dueño</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>En cuidado</translation>
    </message>
    <message>
        <source>Adoptable</source>
        <translation>En adopción</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Deworming</source>
        <translation>Desparasitación</translation>
    </message>
    <message>
        <source>Flea and tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Check-up</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years and months</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>petinfo::report::HealthReport</name>
    <message>
        <source>%1 — health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by Pet Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Breed</source>
        <translation>Raza</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Neutered</source>
        <translation>Castrado/esterilizado</translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour and markings</source>
        <translation>Color y señas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Second microchip</source>
        <translation>Segundo microchip</translation>
    </message>
    <message>
        <source>Public page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>No owner recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vaccines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaccines (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Vaccine</source>
        <translation>Vacuna</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Administrado por</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Deworming and parasite control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deworming or parasite treatments recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deworming and parasite control (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatments or procedures recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and procedures (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>No weights recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Change (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::report::ReportError</name>
    <message>
        <source>The public address of the server is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing needs the graphical part of the application to be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label layout does not fit on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or PDF file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code is not a Pet Info tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag belongs to another Pet Info server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>petinfo::report::TagSheet</name>
    <message>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to register / claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If found, please scan me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If found, please scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>neutered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microchip</source>
        <translation>Microchip</translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to register this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for this pet&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
