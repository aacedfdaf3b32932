// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment bytes: content-addressed upload and download, size limit, type and hash checks.
#include "support/ServerTest.h"

using namespace petinfo::test;

namespace {

HttpRequest put(const std::string& sha, const std::string& body, const std::string& type, const std::string& token)
{
    HttpRequest r;
    r.method = "PUT";
    r.path = "/api/v1/blobs/" + sha;
    r.body = body;
    r.contentType = type;
    r.token = token;
    return r;
}

} // namespace

class Blobs : public ServerTest
{
protected:
    std::map<std::string, std::string> config() const override { return {{"blobs.maxBytes", "4096"}}; }
};

TEST_P(Blobs, UploadOnceDownloadMany)
{
    const Account a = signUp(*server, "Photo Clinic");
    const std::string png = samplePng();
    const std::string sha = sha256Hex(png);
    const auto created = server->request(put(sha, png, "image/png", a.token));
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json()["size"], png.size());
    EXPECT_EQ(created.json()["mimeType"], "image/png");
    EXPECT_EQ(server->request(put(sha, png, "image/png", a.token)).status, 200);

    HttpRequest head;
    head.method = "HEAD";
    head.path = "/api/v1/blobs/" + sha;
    head.token = a.token;
    const auto headed = server->request(head);
    EXPECT_EQ(headed.status, 200);
    EXPECT_EQ(headed.header("content-length"), std::to_string(png.size()));
    EXPECT_TRUE(headed.body.empty());

    const auto got = server->get("/api/v1/blobs/" + sha, a.token);
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.body, png);
    EXPECT_EQ(got.header("content-type"), "image/png");
    EXPECT_EQ(got.header("content-security-policy"), "default-src 'none'; sandbox");

    const std::string pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    ASSERT_EQ(server->request(put(sha256Hex(pdf), pdf, "application/pdf", a.token)).status, 201);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha256Hex(pdf), a.token).header("content-disposition"), "attachment");
}

TEST_P(Blobs, RefusesWrongHashTypeSizeAndPath)
{
    const Account a = signUp(*server, "Strict Clinic");
    const std::string png = samplePng();
    const std::string sha = sha256Hex(png);
    EXPECT_EQ(server->request(put(sha256Hex("other"), png, "image/png", a.token)).errorCode(), "hash_mismatch");
    const auto declared = server->request(put(sha, png, "image/jpeg", a.token));
    EXPECT_EQ(declared.status, 415);
    EXPECT_EQ(declared.errorCode(), "content_type_mismatch");
    const std::string html = "<html><script>alert(1)</script></html>";
    EXPECT_EQ(server->request(put(sha256Hex(html), html, "image/png", a.token)).errorCode(), "unsupported_media_type");
    EXPECT_EQ(server->request(put(sha256Hex(""), "", "image/png", a.token)).status, 400);
    const std::string big = png + std::string(5000, '\0');
    const auto tooBig = server->request(put(sha256Hex(big), big, "image/png", a.token));
    EXPECT_EQ(tooBig.status, 413);
    EXPECT_EQ(tooBig.errorCode(), "payload_too_large");
    EXPECT_EQ(server->request(put("ABC", png, "image/png", a.token)).status, 400);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha, a.token).status, 404); // nothing was stored
}

TEST_P(Blobs, EachOrganisationHasItsOwnStore)
{
    const Account a = signUp(*server, "Owner Clinic");
    const Account b = signUp(*server, "Nosy Clinic");
    const std::string png = samplePng();
    const std::string sha = sha256Hex(png);
    ASSERT_EQ(server->request(put(sha, png, "image/png", a.token)).status, 201);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha, b.token).status, 404);
    HttpRequest head;
    head.method = "HEAD";
    head.path = "/api/v1/blobs/" + sha;
    head.token = b.token;
    EXPECT_EQ(server->request(head).status, 404);
    // B uploading the same bytes makes B's own copy; A's is untouched.
    EXPECT_EQ(server->request(put(sha, png, "image/png", b.token)).status, 201);
    EXPECT_EQ(server->get("/api/v1/blobs/" + sha, a.token).body, png);
}

PETINFO_INSTANTIATE_FOR_ENGINES(Blobs);
