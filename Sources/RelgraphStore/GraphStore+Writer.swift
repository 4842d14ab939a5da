import Foundation
import GRDB
import RelgraphExtraction
import RelgraphModel

extension GraphStore {
    /// Writes documents into an open transaction: the document row, its entities merged with
    /// those already stored, its edges and evidence, and then each touched entity's name, role
    /// and country decided again by ``Canonical``'s rules.
    struct Writer {
        let db: Database
        let lexicon: Lexicon
        let ingestedAt: String

        func store(_ record: DocumentRecord) throws -> IngestResult {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?"), arguments: [record.document.hash]) == true {
                return IngestResult(isNew: false, entitiesAdded: 0, relationsAdded: 0)
            }
            try db.cachedStatement(sql: "INSERT INTO document (hash, source, byte_count, ingested_at) VALUES (?, ?, ?, ?)")
                .execute(arguments: [record.document.hash, record.document.source, record.document.bytes, ingestedAt])
            let documentID = db.lastInsertedRowID
            var ids: [Int64] = []
            var entitiesAdded = 0
            let insertFact = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO entity_fact (entity_id, document_id, role, country, known_as, date) VALUES (?, ?, ?, ?, ?, ?)")
            for entity in record.entities {
                let (id, isNew) = try upsert(entity)
                ids.append(id)
                if isNew { entitiesAdded += 1 }
                if entity.role != nil || entity.country != nil || entity.knownAs != nil {
                    try insertFact.execute(arguments: [id, documentID, entity.role, entity.country, entity.knownAs, record.document.date])
                }
            }
            var relationsAdded = 0
            for relation in record.relations {
                if try addEdge(ids[relation.source], relation.relation, ids[relation.target], documentID: documentID, evidence: relation.evidence) {
                    relationsAdded += 1
                }
            }
            for (index, id) in ids.enumerated() where !ids[..<index].contains(id) {
                try settle(id, type: record.entities[index].type)
            }
            return IngestResult(isNew: true, entitiesAdded: entitiesAdded, relationsAdded: relationsAdded)
        }

        /// Adds one relation's evidence, making the edge if it is new; a symmetric relation is
        /// stored once whichever way it was written. Returns whether the edge is new.
        func addEdge(_ source: Int64, _ relation: RelationType, _ target: Int64, documentID: Int64, evidence: [DocumentRecord.Evidence]) throws -> Bool {
            var (source, target) = (source, target)
            guard source != target else { return false }
            if relation.isSymmetric, target < source { swap(&source, &target) }
            try db.cachedStatement(sql: "INSERT INTO edge (source_id, relation, target_id, count) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING")
                .execute(arguments: [source, relation.rawValue, target])
            let isNew = db.changesCount > 0
            let edgeID = isNew
                ? db.lastInsertedRowID
                : try Int64.fetchOne(
                    db.cachedStatement(sql: "SELECT id FROM edge WHERE source_id = ? AND relation = ? AND target_id = ?"),
                    arguments: [source, relation.rawValue, target])!
            let insertEvidence = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES (?, ?, ?, ?)")
            var added = 0
            for sentence in evidence {
                try insertEvidence.execute(arguments: [edgeID, documentID, sentence.index, sentence.sentence])
                added += db.changesCount
            }
            if added > 0 { try db.cachedStatement(sql: "UPDATE edge SET count = count + ? WHERE id = ?").execute(arguments: [added, edgeID]) }
            return isNew
        }

        /// Finds the stored entity a document entity is, or stores it, and records its names.
        ///
        /// A match is an entity of the same type whose name or alias equals the new name; the
        /// who's-who entry the person was found to be; or ``mergeCandidate(for:)``.
        func upsert(_ entity: DocumentRecord.Entity) throws -> (Int64, Bool) {
            let type = entity.type.rawValue
            var id = try Int64.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                        WHERE key = ? AND type = ? AND is_lookup = 0 ORDER BY entity_id LIMIT 1
                        """),
                arguments: [NameKey.make(entity.name), type])
            if id == nil, let knownAs = entity.knownAs {
                id = try whosWhoMatch(knownAs)
            }
            if id == nil {
                id = try mergeCandidate(for: entity)
            }
            var isNew = false
            if let id {
                if entity.isLeader {
                    try db.cachedStatement(sql: "UPDATE entity SET is_leader = 1 WHERE id = ?").execute(arguments: [id])
                }
            } else {
                // The document's role until the document is settled, so that its other people are
                // told apart by it.
                try db.cachedStatement(sql: "INSERT INTO entity (type, name, role, country, is_leader) VALUES (?, ?, ?, ?, ?)")
                    .execute(arguments: [type, entity.name, entity.role, entity.country, entity.isLeader])
                id = db.lastInsertedRowID
                isNew = true
            }
            // Of the spellings sharing a key, the first in code-point order shows, whichever came first.
            let insertAlias = try db.cachedStatement(
                sql: """
                    INSERT INTO alias (entity_id, alias, key) VALUES (?, ?, ?)
                    ON CONFLICT DO UPDATE SET alias = excluded.alias, is_lookup = 0 WHERE is_lookup = 1 OR excluded.alias < alias
                    """)
            for alias in [entity.name] + entity.aliases {
                try insertAlias.execute(arguments: [id, alias, NameKey.make(alias)])
            }
            var lookups = entity.lookupNames
            if let knownAs = entity.knownAs, knownAs != entity.name { lookups.append(knownAs) }
            if entity.type == .person {
                if let surname = Canonical.surname(of: entity.name) { lookups.append(surname) }
                for name in [entity.name] + entity.aliases {
                    if let loose = Canonical.looseKey(ofPerson: name) { lookups.append(loose) }
                }
            }
            let insertLookup = try db.cachedStatement(
                sql: """
                    INSERT INTO alias (entity_id, alias, key, is_lookup) VALUES (?, ?, ?, 1)
                    ON CONFLICT DO UPDATE SET alias = excluded.alias WHERE is_lookup = 1 AND excluded.alias < alias
                    """)
            for name in lookups {
                try insertLookup.execute(arguments: [id, name, NameKey.make(name)])
            }
            return (id!, isNew)
        }

        /// The one stored person that the who's-who found to be the same entry ("Kerry" in one
        /// story, "John Kerry" in another), whatever offices the stories give them.
        func whosWhoMatch(_ knownAs: String) throws -> Int64? {
            let ids = try Int64.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT DISTINCT entity.id FROM alias JOIN entity ON entity.id = alias.entity_id
                        WHERE alias.key = ? AND entity.type = 'person'
                        """),
                arguments: [NameKey.make(knownAs)])
            return ids.count == 1 ? ids[0] : nil
        }

        /// A stored entity that a new one is, though its name differs: an organization or
        /// country sharing an alias; a person named in full where another document gave only
        /// the surname ("Putin" becomes "Vladimir Putin"), or the reverse; a person whose name
        /// differs only by initials or a suffix ("Antony J. Blinken", "Antony Blinken") — each
        /// when exactly one entity fits and their titles do not disagree.
        func mergeCandidate(for entity: DocumentRecord.Entity) throws -> Int64? {
            let type = entity.type.rawValue
            if entity.type != .person {
                for alias in entity.aliases {
                    let ids = try Int64.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT DISTINCT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                                WHERE key = ? AND type = ? AND is_lookup = 0
                                """),
                        arguments: [NameKey.make(alias), type])
                    if ids.count == 1 { return ids[0] }
                }
                return nil
            }
            let words = entity.name.split(separator: " ")
            var rows: [Row]
            if words.count == 1 {
                // "Putin" alone: the one person whose surname it is.
                rows = try Row.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT DISTINCT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                            WHERE key = ? AND type = 'person'
                            """),
                    arguments: [NameKey.make(entity.name)])
            } else {
                // "Vladimir Putin" where only "Putin" was known.
                rows = try Row.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                            WHERE alias.key = ? AND entity.type = 'person' AND instr(entity.name, ' ') = 0
                            """),
                    arguments: [NameKey.make(Canonical.surname(of: entity.name) ?? "")])
                if rows.isEmpty, let loose = Canonical.looseKey(ofPerson: entity.name) ?? Optional(NameKey.make(entity.name)) {
                    rows = try Row.fetchAll(
                        db.cachedStatement(
                            sql: """
                                SELECT DISTINCT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                                WHERE alias.key = ? AND entity.type = 'person' AND instr(entity.name, ' ') > 0
                                """),
                        arguments: [loose])
                    if let knownAs = entity.knownAs {
                        // Two who's-who entries ("George W. Bush", "George H. W. Bush") stay two people.
                        let otherEntry = try db.cachedStatement(
                            sql: "SELECT 1 FROM entity_fact WHERE entity_id = ? AND known_as IS NOT NULL AND known_as <> ? LIMIT 1")
                        rows = try rows.filter { try Bool.fetchOne(otherEntry, arguments: [$0["id"] as Int64, knownAs]) != true }
                    }
                }
            }
            let compatible = rows.filter { row in
                guard let old: String = row["role"], let new = entity.role else { return true }
                return Canonical.rolesAgree(old, new)
            }
            guard compatible.count == 1, let id: Int64 = compatible[0]["id"] else { return nil }
            return id
        }

        /// Decides an entity's name, role and country again from all it is known by.
        func settle(_ id: Int64, type: EntityType) throws {
            let names = try String.fetchAll(
                db.cachedStatement(sql: "SELECT alias FROM alias WHERE entity_id = ? AND is_lookup = 0"), arguments: [id])
            let knownAs = type == .person
                ? try String.fetchAll(
                    db.cachedStatement(sql: "SELECT DISTINCT known_as FROM entity_fact WHERE entity_id = ? AND known_as IS NOT NULL"),
                    arguments: [id])
                : []
            if let name = Canonical.name(type: type, names: names, knownAs: knownAs, lexicon: lexicon) {
                try db.cachedStatement(sql: "UPDATE OR IGNORE entity SET name = ? WHERE id = ? AND name <> ?").execute(arguments: [name, id, name])
            }
            try db.cachedStatement(
                sql: """
                    UPDATE entity SET
                        role = coalesce((SELECT role FROM entity_fact WHERE entity_id = ?1 AND role IS NOT NULL
                            GROUP BY role ORDER BY max(date) DESC, count(*) DESC, role LIMIT 1), role),
                        country = coalesce((SELECT country FROM entity_fact WHERE entity_id = ?1 AND country IS NOT NULL
                            GROUP BY country ORDER BY max(date) DESC, count(*) DESC, country LIMIT 1), country)
                    WHERE id = ?1
                    """
            ).execute(arguments: [id])
        }
    }
}
