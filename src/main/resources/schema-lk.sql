-- Audit history. Kept apart from Spring Batch's own tables; IF NOT EXISTS so every start may run it.

-- One row per input file per job instance (a restart reuses its instance, so its rows too).
CREATE TABLE IF NOT EXISTS LK_DOCUMENT (
    ID               BIGINT AUTO_INCREMENT PRIMARY KEY,
    JOB_INSTANCE_ID  BIGINT        NOT NULL,
    PATH             VARCHAR(2000) NOT NULL,
    SHA256           VARCHAR(64)   NOT NULL,
    SIZE_BYTES       BIGINT        NOT NULL,
    FOLDER_OPD       VARCHAR(300),
    OPD              VARCHAR(300),
    OPD_SOURCE       VARCHAR(20),
    STATUS           VARCHAR(30)   NOT NULL,
    PAGES            INT,
    TABLES_COUNT     INT,
    FINDINGS_COUNT   INT,
    MESSAGE          VARCHAR(4000),
    CHANGE_KIND      VARCHAR(20),
    REUSED           BOOLEAN DEFAULT FALSE,
    MILLIS           BIGINT,
    CONSTRAINT LK_DOCUMENT_UK UNIQUE (JOB_INSTANCE_ID, PATH)
);

-- What auditing a content (hash) under a rules version gave: reused when neither changed.
CREATE TABLE IF NOT EXISTS LK_RESULT (
    SHA256         VARCHAR(64)   NOT NULL,
    RULES_VERSION  VARCHAR(64)   NOT NULL,
    STATUS         VARCHAR(30)   NOT NULL,
    PAGES          INT,
    TABLES_COUNT   INT,
    TITLE_OPD      VARCHAR(300),
    REPORT_YEAR    INT,
    MESSAGE        VARCHAR(4000),
    CONSTRAINT LK_RESULT_PK PRIMARY KEY (SHA256, RULES_VERSION)
);

CREATE TABLE IF NOT EXISTS LK_FINDING (
    SHA256         VARCHAR(64)   NOT NULL,
    RULES_VERSION  VARCHAR(64)   NOT NULL,
    SEQ            INT           NOT NULL,
    RULE_ID        VARCHAR(40)   NOT NULL,
    SEVERITY       VARCHAR(10)   NOT NULL,
    PAGE           INT,
    TABLE_NAME     VARCHAR(300),
    ROW_NO         INT,
    ROW_LABEL      VARCHAR(300),
    COLUMN_LABEL   VARCHAR(500),
    REPORTED       VARCHAR(500),
    EXPECTED       VARCHAR(500),
    MESSAGE        VARCHAR(4000),
    CONSTRAINT LK_FINDING_PK PRIMARY KEY (SHA256, RULES_VERSION, SEQ)
);

-- The report's quantities with where each was printed, per (content, rules version): the cross-report
-- checks compare them between documents of a run and with earlier runs.
CREATE TABLE IF NOT EXISTS LK_FACT (
    SHA256         VARCHAR(64)   NOT NULL,
    RULES_VERSION  VARCHAR(64)   NOT NULL,
    SEQ            INT           NOT NULL,
    QUANTITY       VARCHAR(40)   NOT NULL,
    DETAIL         VARCHAR(300),
    SUBJECT        VARCHAR(300),
    FACT_YEAR      INT           NOT NULL,
    PRINTED        VARCHAR(100)  NOT NULL,
    TABLE_NAME     VARCHAR(300),
    PAGE           INT,
    ROW_NO         INT,
    COLUMN_LABEL   VARCHAR(500),
    CONSTRAINT LK_FACT_PK PRIMARY KEY (SHA256, RULES_VERSION, SEQ)
);

-- Findings that compare documents (peer figures, history): they belong to a run, not to one content.
CREATE TABLE IF NOT EXISTS LK_BATCH_FINDING (
    JOB_INSTANCE_ID BIGINT        NOT NULL,
    PATH            VARCHAR(2000) NOT NULL,
    SEQ             INT           NOT NULL,
    RULE_ID         VARCHAR(40)   NOT NULL,
    SEVERITY        VARCHAR(10)   NOT NULL,
    PAGE            INT,
    TABLE_NAME      VARCHAR(300),
    ROW_NO          INT,
    ROW_LABEL       VARCHAR(300),
    COLUMN_LABEL    VARCHAR(500),
    REPORTED        VARCHAR(500),
    EXPECTED        VARCHAR(500),
    MESSAGE         VARCHAR(4000),
    CONSTRAINT LK_BATCH_FINDING_PK PRIMARY KEY (JOB_INSTANCE_ID, PATH, SEQ)
);
