// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/sync/Messages.h"
#include "petinfo/common/sync/Row.h"

#include <memory>
#include <vector>

namespace petinfo::server {

class SyncWriter;

/** Told about every change a push merges, inside the push's transaction, so that work that
 *  follows from a change (planning a reminder, cancelling one) commits with it or not at all.
 *  One session per push: it may keep what it has read for the rest of the push (the
 *  organisation's lock keeps every other writer out meanwhile). */
class SyncObserver
{
public:
    class Session
    {
    public:
        virtual ~Session() = default;
        /** Before the push's changes are merged: a session may read ahead, in a few queries,
         *  what the changes will need (instead of one query per change). */
        virtual void preparing(SyncWriter& /*writer*/, const std::vector<sync::Mutation>& /*mutations*/) {}
        /** After a change was stored: `before` is the stored row (empty when new), `after` the
         *  merged one. Further changes go through `writer`, which holds the push's lock. */
        virtual void merged(SyncWriter& writer, const sync::SyncRow& before, const sync::SyncRow& after) = 0;
        /** After the last change was merged, still inside the push's transaction: writes the
         *  session kept back to send together go out now. */
        virtual void finishing(SyncWriter& /*writer*/) {}
    };

    virtual ~SyncObserver() = default;
    /** A session for one push of `orgId`. */
    virtual std::unique_ptr<Session> begin(const std::string& orgId) = 0;
    /** After the push committed (e.g. to wake the job runner). */
    virtual void committed() {}
};

} // namespace petinfo::server
