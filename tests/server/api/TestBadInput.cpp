// SPDX-License-Identifier: GPL-3.0-or-later
// A catalogue of malformed requests: each gets a 4xx (a JSON error where the request reached the
// application), nothing changes, and the server stays up and never logs a 5xx.
#include "support/ServerTest.h"
#include "support/SyncDevice.h"
#include "support/Victim.h"

#include <sstream>

using namespace petinfo;
using namespace petinfo::test;
using nlohmann::json;

namespace {

struct Case
{
    std::string name;
    HttpRequest request;
    std::string raw; ///< sent as bytes instead of `request` when not empty
};

} // namespace

class BadInput : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override { return {{"blobs.maxBytes", "65536"}}; }
};

TEST_P(BadInput, MalformedRequestsGetA4xxAndChangeNothing)
{
    const Victim v = Victim::create(*server);
    const std::string before = v.snapshot(*server);
    const std::string t = v.admin.token;
    const std::string revoked = signIn(*server, v.admin.email, v.admin.password, "soon-revoked").token;
    ASSERT_EQ(server->post("/api/v1/auth/signout", nullptr, revoked).status, 204);

    auto json = [&](const std::string& method, const std::string& path, const std::string& body,
                    const std::string& token = {}, const std::string& type = "application/json") {
        return HttpRequest{method, path, body, type, token, {}};
    };
    auto withAuth = [&](const std::string& path, const std::string& header) {
        HttpRequest r{"GET", path, {}, {}, {}, {}};
        r.headers.emplace_back("Authorization", header);
        return r;
    };
    const std::string signin = "/api/v1/auth/signin";
    const std::string push = "/api/v1/sync/push";
    const std::string pull = "/api/v1/sync/pull";
    const std::string cid = v.admin.clientId;
    std::string mutations501 = "[";
    for (int i = 1; i <= 501; ++i) {
        mutations501 += (i > 1 ? "," : "") + std::string(R"({"id":)") + std::to_string(i) +
                        R"(,"entity":"note","rowId":"x","fields":{},"clocks":{}})";
    }
    mutations501 += "]";
    const std::string host = "Host: 127.0.0.1\r\n";

    const std::vector<Case> cases{
        {"truncated JSON", json("POST", signin, "{"), ""},
        {"empty body", json("POST", signin, ""), ""},
        {"array body", json("POST", signin, "[]"), ""},
        {"null body", json("POST", signin, "null"), ""},
        {"string body", json("POST", signin, "\"signin\""), ""},
        {"number for email", json("POST", signin, R"({"email":5,"password":"long enough pw"})"), ""},
        {"missing password", json("POST", signin, R"({"email":"a@b.org"})"), ""},
        {"text/plain body", json("POST", signin, R"({"email":"a@b.org","password":"x"})", {}, "text/plain"), ""},
        {"no content type", json("POST", signin, R"({"email":"a@b.org","password":"x"})", {}, ""), ""},
        {"invalid UTF-8", json("POST", signin, "{\"email\":\"\xff\xfe@b.org\",\"password\":\"long enough\"}"), ""},
        {"NUL in a string", json("POST", signin, R"({"email":"a\u0000@b.org","password":"long enough"})"), ""},
        {"nested 100000 deep", json("POST", signin, std::string(100000, '[') + std::string(100000, ']')), ""},
        {"10k email", json("POST", signin, R"({"email":")" + std::string(10000, 'a') + R"(@b.org","password":"x"})"),
         ""},
        {"huge number", json("POST", signin, R"({"email":1e400,"password":"x"})"), ""},
        {"password too long",
         json("POST", signin, R"({"email":"a@b.org","password":")" + std::string(300, 'p') + "\"}"), ""},
        {"bad clientId",
         json("POST", signin,
              R"({"email":")" + v.admin.email + R"(","password":")" + v.admin.password + R"(","clientId":"a b/c"})"),
         ""},
        {"unknown organisation kind",
         json(
             "POST", "/api/v1/auth/signup",
             R"({"email":"x@y.org","password":"long enough pw","name":"X","organisation":{"name":"Y","kind":"castle"}})"),
         ""},
        {"organisation as string",
         json("POST", "/api/v1/auth/signup",
              R"({"email":"x@y.org","password":"long enough pw","name":"X","organisation":"Y"})"),
         ""},
        {"body over 1 MiB", json("POST", "/api/v1/auth/signup", R"({"password":")" + std::string(1100000, 'x') + "\"}"),
         ""},
        {"mutations not an array",
         json("POST", push, R"({"schemaVersion":1,"clientId":")" + cid + R"(","mutations":{}})", t), ""},
        {"schemaVersion as string",
         json("POST", push, R"({"schemaVersion":"1","clientId":")" + cid + R"(","mutations":[]})", t), ""},
        {"negative mutation id",
         json("POST", push, R"({"schemaVersion":1,"clientId":")" + cid + R"(","mutations":[{"id":-1}]})", t), ""},
        {"fractional mutation id",
         json("POST", push, R"({"schemaVersion":1,"clientId":")" + cid + R"(","mutations":[{"id":1.5}]})", t), ""},
        {"501 mutations",
         json("POST", push, R"({"schemaVersion":1,"clientId":")" + cid + R"(","mutations":)" + mutations501 + "}", t),
         ""},
        {"push over 8 MiB",
         json("POST", push,
              R"({"schemaVersion":1,"clientId":")" + cid + R"(","mutations":[],"pad":")" +
                  std::string(9 * 1024 * 1024, 'x') + "\"}",
              t),
         ""},
        {"another device's clientId",
         json("POST", push, R"({"schemaVersion":1,"clientId":"someone-else","mutations":[]})", t), ""},
        {"future schema version",
         json("POST", push, R"({"schemaVersion":99,"clientId":")" + cid + R"(","mutations":[]})", t), ""},
        {"push without a token", json("POST", push, R"({"schemaVersion":1,"clientId":"x","mutations":[]})"), ""},
        {"gap in mutation ids",
         json("POST", push,
              R"({"schemaVersion":1,"clientId":")" + cid +
                  R"(","mutations":[{"id":1000,"entity":"note","rowId":"x","fields":{},"clocks":{}}]})",
              t),
         ""},
        {"cursor as string", json("POST", pull, R"({"schemaVersion":1,"cursor":"0"})", t), ""},
        {"limit 0", json("POST", pull, R"({"schemaVersion":1,"cursor":0,"limit":0})", t), ""},
        {"limit 100000", json("POST", pull, R"({"schemaVersion":1,"cursor":0,"limit":100000})", t), ""},
        {"cursor from the future", json("POST", pull, R"({"schemaVersion":1,"cursor":9223372036854775807})", t), ""},
        {"fractional cursor", json("POST", pull, R"({"schemaVersion":1,"cursor":1.5})", t), ""},
        {"negative cursor", json("POST", pull, R"({"schemaVersion":1,"cursor":-1})", t), ""},
        {"limit not a number", HttpRequest{"GET", "/api/v1/pets?limit=abc", {}, {}, t, {}}, ""},
        {"negative limit", HttpRequest{"GET", "/api/v1/pets?limit=-1", {}, {}, t, {}}, ""},
        {"overflowing limit", HttpRequest{"GET", "/api/v1/pets?limit=99999999999999999999999", {}, {}, t, {}}, ""},
        {"bad percent-encoding", HttpRequest{"GET", "/api/v1/pets?after=%zz", {}, {}, t, {}}, ""},
        {"pet id not a UUID", HttpRequest{"GET", "/api/v1/pets/not-a-uuid", {}, {}, t, {}}, ""},
        {"dot-dot path", HttpRequest{"GET", "/api/v1/pets/../../etc/passwd", {}, {}, t, {}}, ""},
        {"encoded NUL in path", HttpRequest{"GET", "/api/v1/pets/%00", {}, {}, t, {}}, ""},
        {"unknown API version", HttpRequest{"GET", "/api/v2/pets", {}, {}, t, {}}, ""},
        {"wrong method", HttpRequest{"DELETE", "/api/v1/pets", {}, {}, t, {}}, ""},
        {"made-up method", HttpRequest{"BREW", "/api/v1/pets", {}, {}, t, {}}, ""},
        {"empty bearer", withAuth("/api/v1/pets", "Bearer "), ""},
        {"basic auth", withAuth("/api/v1/pets", "Basic YWRtaW46YWRtaW4="), ""},
        {"token with bad characters", withAuth("/api/v1/pets", "Bearer pit_" + std::string(43, '$')), ""},
        {"revoked token", withAuth("/api/v1/pets", "Bearer " + revoked), ""},
        {"token of the wrong kind", withAuth("/api/v1/pets", "Bearer piv_" + std::string(43, 'A')), ""},
        {"blob path not a hash", HttpRequest{"PUT", "/api/v1/blobs/xyz", samplePng(), "image/png", t, {}}, ""},
        {"blob over the limit",
         HttpRequest{
             "PUT", "/api/v1/blobs/" + std::string(64, 'a'), samplePng() + std::string(70000, 'x'), "image/png", t, {}},
         ""},
        {"blob declared as GIF",
         HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex(samplePng()), samplePng(), "image/gif", t, {}}, ""},
        {"executable as image",
         HttpRequest{"PUT", "/api/v1/blobs/" + sha256Hex("MZ\x90"), "MZ\x90", "image/png", t, {}}, ""},
        {"role superadmin", json("PATCH", "/api/v1/users/" + v.member.userId, R"({"role":"superadmin"})", t), ""},
        {"role as number", json("PATCH", "/api/v1/users/" + v.member.userId, R"({"role":1})", t), ""},
        {"empty organisation name", json("PATCH", "/api/v1/organisation", R"({"name":"   "})", t), ""},
        {"organisation name too long",
         json("PATCH", "/api/v1/organisation", R"({"name":")" + std::string(500, 'n') + "\"}", t), ""},
        {"zero tags", json("POST", "/api/v1/tags", R"({"count":0})", t), ""},
        {"a thousand tags", json("POST", "/api/v1/tags", R"({"count":1000})", t), ""},
        {"tag count as string", json("POST", "/api/v1/tags", R"({"count":"5"})", t), ""},
        {"invitation to a bad email",
         json("POST", "/api/v1/invitations", R"({"email":"not an email","role":"vet"})", t), ""},
        {"invitation as kiosk", json("POST", "/api/v1/invitations", R"({"email":"k@b.org","role":"kiosk"})", t), ""},
        {"accept without token", json("POST", "/api/v1/invitations/accept", R"({"password":"long enough pw"})"), ""},
        {"accept with a forged token",
         json("POST", "/api/v1/invitations/accept", R"({"token":"piv_forged","password":"long enough pw","name":"x"})"),
         ""},
        {"TOTP code as number", json("POST", "/api/v1/auth/totp/enable", R"({"code":123456})", t), ""},
        {"forged sign-in ticket",
         json("POST", signin, R"({"ticket":"pst_forged","organisationId":")" + v.admin.orgId + "\"}"), ""},
        {"garbage request line", {}, "GARBAGE\r\n\r\n"},
        {"100 KB URI", {}, "GET /" + std::string(100000, 'a') + " HTTP/1.1\r\n" + host + "\r\n"},
        {"100 KB header", {}, "GET /healthz HTTP/1.1\r\n" + host + "X-Big: " + std::string(100000, 'b') + "\r\n\r\n"},
        {"negative Content-Length",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}"},
        {"non-numeric Content-Length",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"},
        {"body shorter than Content-Length",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host +
             "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":"},
        {"broken chunked encoding",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host +
             "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n"},
        {"unknown transfer coding",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host +
             "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}"},
        {"chunked and Content-Length",
         {},
         "POST " + signin + " HTTP/1.1\r\n" + host +
             "Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
             "2\r\n{}\r\n0\r\n\r\n"},
        {"HTTP/9.9", {}, "GET /healthz HTTP/9.9\r\n" + host + "\r\n"},
        {"10 KB token",
         {},
         "GET /api/v1/pets HTTP/1.1\r\n" + host + "Authorization: Bearer pit_" + std::string(10000, 'A') + "\r\n\r\n"},
    };
    ASSERT_GE(cases.size(), 50u);

    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        HttpResponse r;
        try {
            r = c.raw.empty() ? server->request(c.request) : rawExchange(server->port(), c.raw);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "no answer: " << e.what();
            continue;
        }
        if (c.raw.empty()) {
            EXPECT_GE(r.status, 400) << r.body.substr(0, 300);
            EXPECT_LT(r.status, 500) << r.body.substr(0, 300);
            if (c.request.method != "HEAD") {
                EXPECT_FALSE(r.errorCode().empty()) << "not a JSON error: " << r.body.substr(0, 300);
            }
        } else {
            // Requests that are not HTTP at all get a JSON error too, from the connection itself.
            EXPECT_GE(r.status, 400) << r.body.substr(0, 300);
            EXPECT_LT(r.status, 500) << r.body.substr(0, 300);
            EXPECT_FALSE(r.errorCode().empty()) << "not a JSON error: " << r.body.substr(0, 300);
        }
        ASSERT_EQ(server->get("/healthz").status, 200) << "the server stopped answering";
    }

    EXPECT_EQ(v.snapshot(*server), before) << "data changed";
    std::istringstream log(server->log());
    std::string line;
    while (std::getline(log, line)) {
        const auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object() && j.contains("status")) {
            EXPECT_LT(j["status"].get<int>(), 500) << line;
        }
        EXPECT_EQ(line.find("\"level\":\"error\""), std::string::npos) << line;
    }
}

PETINFO_INSTANTIATE_FOR_ENGINES(BadInput);
