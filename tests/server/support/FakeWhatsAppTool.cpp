// SPDX-License-Identifier: GPL-3.0-or-later
// The local fake of the WhatsApp Cloud API as a process of its own, for tests that cannot link
// it (the desktop's GUI tests: the server's libraries bring a second SQLite next to SQLCipher).
// Prints one JSON line with the server configuration that points at it, then follows commands,
// one a line on stdin, answering each with one line on stdout:
//   answer ok|undeliverable|toomany|error|hang   how to answer the next requests
//   release                                      lets hung requests end
//   count                                        {"received": n, "accepted": n}
//   status <port> <to-digits> <sent|delivered|read>  sends a signed status webhook for the last
//                                                    accepted message to that number
//   last <to-digits>                             the last accepted request's body to that number
//                                                (null when none)
//   quit
#include "support/FakeWhatsApp.h"

#include <chrono>
#include <iostream>
#include <sstream>

using namespace petinfo::test;
using nlohmann::json;

int main()
{
    FakeWhatsApp fake;
    json config = json::object();
    for (const auto& [key, value] : fake.serverConfig()) {
        config[key] = value;
    }
    std::cout << config.dump() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string command;
        words >> command;
        if (command == "answer") {
            std::string how;
            words >> how;
            const FakeWhatsApp::Answer answer = how == "undeliverable" ? FakeWhatsApp::Answer::Undeliverable
                                                : how == "toomany"     ? FakeWhatsApp::Answer::TooMany
                                                : how == "error"       ? FakeWhatsApp::Answer::ServerError
                                                : how == "hang"        ? FakeWhatsApp::Answer::Hang
                                                                       : FakeWhatsApp::Answer::Ok;
            fake.setPolicy([answer](const json&) { return answer; });
            std::cout << "ok" << std::endl;
        } else if (command == "release") {
            fake.releaseHung();
            std::cout << "ok" << std::endl;
        } else if (command == "count") {
            std::cout << json{{"received", fake.received().size()}, {"accepted", fake.accepted().size()}}.dump()
                      << std::endl;
        } else if (command == "status") {
            int port = 0;
            std::string to;
            std::string status;
            words >> port >> to >> status;
            std::string messageId;
            for (const auto& r : fake.accepted()) {
                if (r.body.is_object() && r.body.value("to", "") == to) {
                    messageId = r.messageId;
                }
            }
            using namespace std::chrono;
            const auto now = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
            const HttpResponse answer = fake.deliver(port, fake.statusPayload(messageId, status, now, to));
            std::cout << json{{"status", answer.status}, {"messageId", messageId}}.dump() << std::endl;
        } else if (command == "last") {
            std::string to;
            words >> to;
            json body = nullptr;
            for (const auto& r : fake.accepted()) {
                if (r.body.is_object() && r.body.value("to", "") == to) {
                    body = r.body;
                }
            }
            std::cout << body.dump() << std::endl;
        } else if (command == "quit") {
            break;
        } else {
            std::cout << "unknown command" << std::endl;
        }
    }
    return 0;
}
