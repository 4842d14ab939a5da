import GRDB

/// The database schema, as append-only migrations.
///
/// The graph is an adjacency list: `edge` rows name their two endpoints, with a unique
/// index on (source, relation, target) for outgoing look-ups and an index on
/// (target, source) for incoming ones and for the edges between two entities. Evidence rows
/// tie each edge to the sentences and documents that support it, so every edge can be traced
/// back to its text.
enum Schema {
    /// The newest schema version this build understands.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, entities, aliases, edges, evidence") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY,
                        hash TEXT NOT NULL UNIQUE,
                        source TEXT NOT NULL,
                        byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
                        ingested_at TEXT NOT NULL
                    );
                    CREATE TABLE entity (
                        id INTEGER PRIMARY KEY,
                        type TEXT NOT NULL CHECK (type IN ('person', 'country', 'organization')),
                        name TEXT NOT NULL CHECK (name <> ''),
                        role TEXT,
                        country TEXT,
                        is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1)),
                        UNIQUE (type, name)
                    );
                    CREATE TABLE alias (
                        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        alias TEXT NOT NULL,
                        key TEXT NOT NULL,
                        -- A name to look the entity up by that no text used for it: a surname derived
                        -- from a full name ("Putin"), a lexicon form ("UN" for "United Nations").
                        -- Found by queries, not shown as an alias, not enough to merge two people.
                        is_lookup INTEGER NOT NULL DEFAULT 0 CHECK (is_lookup IN (0, 1)),
                        PRIMARY KEY (entity_id, key)
                    ) WITHOUT ROWID;
                    CREATE INDEX alias_by_key ON alias(key);
                    CREATE TABLE edge (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        relation TEXT NOT NULL CHECK (relation IN ('spoke_with', 'backs', 'blamed', 'criticized', 'attacked', 'sanctioned', 'leads')),
                        target_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
                        CHECK (source_id <> target_id),
                        UNIQUE (source_id, relation, target_id)
                    );
                    CREATE INDEX edge_by_target ON edge(target_id, relation);
                    CREATE TABLE evidence (
                        edge_id INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        sentence_index INTEGER NOT NULL CHECK (sentence_index >= 0),
                        sentence TEXT NOT NULL,
                        UNIQUE (edge_id, document_id, sentence_index)
                    );
                    CREATE INDEX evidence_by_document ON evidence(document_id);
                    """)
        }
        migrator.registerMigration("v2: edges found by both endpoints") { db in
            // (target, source) finds the edges between two entities in one seek, whichever way
            // they point, and walks incoming edges without visiting the table: a path through a
            // hub of thousands of edges no longer scans them all.
            try db.execute(
                sql: """
                    DROP INDEX edge_by_target;
                    CREATE INDEX edge_by_target ON edge(target_id, source_id);
                    """)
        }
        migrator.registerMigration("v3: documents' date, title, link and outlet") { db in
            // Dates are ISO 8601 text ("2024-03-01"), which sorts in date order: a period is a
            // range scan of this index, and undated documents (NULL) fall in none.
            try db.execute(
                sql: """
                    ALTER TABLE document ADD COLUMN published TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
                    ALTER TABLE document ADD COLUMN title TEXT;
                    ALTER TABLE document ADD COLUMN url TEXT;
                    ALTER TABLE document ADD COLUMN outlet TEXT;
                    CREATE INDEX document_by_date ON document(published);
                    """)
        }
        migrator.registerMigration("v4: what each document says of an entity") { db in
            // A person's role and country are decided from every document that gives one (see
            // Canonical), not by the first document stored, so that the order documents arrive
            // in does not change the graph.
            try db.execute(
                sql: """
                    CREATE TABLE entity_fact (
                        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        role TEXT,
                        country TEXT,
                        known_as TEXT,
                        date TEXT,
                        name TEXT,
                        PRIMARY KEY (entity_id, document_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v5: each entity's fullest document name") { db in
            // The name an entity shows is the fullest of the names its documents wrote; kept here,
            // each new document compares its name with this one instead of reading them all again.
            try db.execute(sql: "ALTER TABLE entity ADD COLUMN document_name TEXT")
            var names: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT DISTINCT entity_id, name FROM entity_fact WHERE name IS NOT NULL") {
                names[row[0], default: []].append(row[1])
            }
            let update = try db.makeStatement(sql: "UPDATE entity SET document_name = ? WHERE id = ?")
            for (id, documentNames) in names {
                try update.execute(arguments: [Canonical.fullest(documentNames), id])
            }
        }
        migrator.registerMigration("v6: type and relation checks without a temporary table") { db in
            // SQLite checks `x IN (a, b, c)` of more than two values against a temporary table it
            // builds and drops for every statement that runs the check: a third of the cost of
            // inserting an edge. The same checks written with OR compare in place. A CHECK cannot
            // be altered, so the two tables are made again with their rows, ids and indexes.
            try db.execute(
                sql: """
                    CREATE TABLE entity_v6 (
                        id INTEGER PRIMARY KEY,
                        type TEXT NOT NULL CHECK (type = 'person' OR type = 'country' OR type = 'organization'),
                        name TEXT NOT NULL CHECK (name <> ''),
                        role TEXT,
                        country TEXT,
                        is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1)),
                        document_name TEXT,
                        UNIQUE (type, name)
                    );
                    INSERT INTO entity_v6 (id, type, name, role, country, is_leader, document_name)
                        SELECT id, type, name, role, country, is_leader, document_name FROM entity;
                    DROP TABLE entity;
                    ALTER TABLE entity_v6 RENAME TO entity;
                    CREATE TABLE edge_v6 (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        relation TEXT NOT NULL CHECK (
                            relation = 'spoke_with' OR relation = 'backs' OR relation = 'blamed' OR relation = 'criticized'
                            OR relation = 'attacked' OR relation = 'sanctioned' OR relation = 'leads'),
                        target_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        count INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
                        CHECK (source_id <> target_id),
                        UNIQUE (source_id, relation, target_id)
                    );
                    INSERT INTO edge_v6 (id, source_id, relation, target_id, count) SELECT id, source_id, relation, target_id, count FROM edge;
                    DROP TABLE edge;
                    ALTER TABLE edge_v6 RENAME TO edge;
                    CREATE INDEX edge_by_target ON edge(target_id, source_id);
                    """)
        }
        return migrator
    }()
}
