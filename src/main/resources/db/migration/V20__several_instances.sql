-- What several portal instances behind one load balancer share through the database.

-- Signed-in sessions (Spring Session JDBC): any instance serves any user, and a restart signs nobody out.
-- The layout is Spring Session's own; attribute bytes are LONGBLOB because a model file awaiting confirmation is
-- kept in the administrator's session.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)      NOT NULL,
    SESSION_ID            CHAR(36)      NOT NULL,
    CREATION_TIME         BIGINT        NOT NULL,
    LAST_ACCESS_TIME      BIGINT        NOT NULL,
    MAX_INACTIVE_INTERVAL INT           NOT NULL,
    EXPIRY_TIME           BIGINT        NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    LONGBLOB     NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);

-- Scheduled jobs (sending the mail outbox, picking up queued registry imports, clean-ups) run on one instance at a
-- time: the instance that holds a job's row until lock_until runs it (ShedLock; times are the database's, in UTC).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);

-- Failed sign-ins per typed e-mail address, as token buckets (Bucket4j) every instance reads and writes under a
-- row lock. id is the SHA-256 of the address as typed (trimmed, lower case): whatever people type into the e-mail
-- field is not kept. expires_at (epoch milliseconds) says when a bucket is full again and its row can go.
CREATE TABLE sign_in_bucket (
    id         CHAR(64) NOT NULL,
    state      BLOB,
    expires_at BIGINT,
    CONSTRAINT pk_sign_in_bucket PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_bucket_expires ON sign_in_bucket (expires_at);
