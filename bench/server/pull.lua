-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk: an empty sync pull (the cursor is already the organisation's version).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("PETINFO_BENCH_TOKEN")
wrk.body = '{"schemaVersion":1,"cursor":' .. os.getenv("PETINFO_BENCH_CURSOR") .. ',"limit":500}'
