-- The outbox of live updates (platform's org.newsgraph.platform.changes): every committed change
-- of this service, numbered in commit order by seq. Outbox writes a row in the transaction of the
-- change and announces it with NOTIFY newsgraph_changes; the change stream reads from a seq.
--
-- Written once for every service: Flyway applies it after the service's own migrations (a
-- repeatable migration, run again when this file changes), so every statement must be idempotent.
CREATE TABLE IF NOT EXISTS change_outbox (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type varchar(10) NOT NULL,
    record_id   uuid        NOT NULL,
    story_id    uuid,
    version     bigint      NOT NULL,
    kind        varchar(10) NOT NULL,
    state       varchar(20),
    -- whether a viewer could see the record before the change, and can after it
    was_public  boolean     NOT NULL,
    is_public   boolean     NOT NULL,
    -- the entities the record refers to after the change
    refs        uuid[]      NOT NULL,
    username    text        NOT NULL,
    at          timestamp(6) with time zone NOT NULL
);

CREATE INDEX IF NOT EXISTS change_outbox_story_idx ON change_outbox (story_id, seq);
