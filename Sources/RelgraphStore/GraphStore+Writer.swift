import Foundation
import GRDB
import RelgraphExtraction
import RelgraphModel

extension GraphStore {
    /// Writes documents into an open transaction: the document row, its entities merged with
    /// those already stored, its edges and evidence, and then each touched entity's name, role
    /// and country decided again by ``Canonical``'s rules.
    final class Writer {
        let db: Database
        let lexicon: Lexicon
        let ingestedAt: String
        /// What the graph is known to hold already, so that a name every document repeats
        /// ("Russia", its dozen lexicon forms) costs a hash look-up rather than a statement.
        var known: KnownNames
        /// What the current document added, kept only if its savepoint commits.
        private var pending: [(Int64, String, String?)] = []

        init(db: Database, lexicon: Lexicon, ingestedAt: String, known: KnownNames = KnownNames()) {
            self.db = db
            self.lexicon = lexicon
            self.ingestedAt = ingestedAt
            self.known = known
        }

        /// Stores one document inside its own savepoint: a failure leaves no trace, in the
        /// database or in what the writer knows.
        func storeInSavepoint(_ record: DocumentRecord) throws -> IngestResult {
            pending.removeAll(keepingCapacity: true)
            var result: IngestResult?
            do {
                try db.inSavepoint {
                    result = try store(record)
                    return .commit
                }
            } catch {
                pending.removeAll()
                throw error
            }
            for (id, key, text) in pending { known.add(id, key, text) }
            pending.removeAll(keepingCapacity: true)
            return result!
        }

        func key(_ name: String) -> String { known.key(name) }

        func store(_ record: DocumentRecord) throws -> IngestResult {
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?"), arguments: [record.document.hash]) == true {
                return IngestResult(isNew: false, entitiesAdded: 0, relationsAdded: 0)
            }
            let metadata = record.metadata
            try db.cachedStatement(
                sql: "INSERT INTO document (hash, source, byte_count, ingested_at, published, title, url, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            ).execute(arguments: [
                record.document.hash, record.document.source, record.document.bytes, ingestedAt, metadata.date?.description, metadata.title,
                metadata.url, metadata.outlet,
            ])
            let documentID = db.lastInsertedRowID
            var ids: [Int64] = []
            var entitiesAdded = 0
            let insertFact = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO entity_fact (entity_id, document_id, role, country, known_as, date, name) VALUES (?, ?, ?, ?, ?, ?, ?)")
            // Entities whose names or facts changed, to settle once the document is in.
            var changed: [Int64: Settling] = [:]
            for entity in record.entities {
                let (id, isNew, renamed) = try upsert(entity)
                ids.append(id)
                if isNew { entitiesAdded += 1 }
                var settling = Settling(type: entity.type, name: isNew || renamed, facts: false)
                // Every document's name for the entity is kept: the graph shows the fullest of them.
                let hasFacts = entity.role != nil || entity.country != nil || entity.knownAs != nil
                let shown = isNew || !hasFacts ? nil : try Row.fetchOne(db.cachedStatement(sql: "SELECT role, country FROM entity WHERE id = ?"), arguments: [id])
                try insertFact.execute(arguments: [id, documentID, entity.role, entity.country, entity.knownAs, record.document.date, entity.name])
                if db.changesCount > 0 {
                    settling.name = settling.name || entity.knownAs != nil || !isNew
                    // A document that agrees with the role and country shown only confirms them.
                    if let shown {
                        settling.facts = (entity.role != nil && entity.role != shown[0]) || (entity.country != nil && entity.country != shown[1])
                    }
                }
                if settling.name || settling.facts {
                    changed[id, default: Settling(type: entity.type, name: false, facts: false)].merge(settling)
                }
            }
            var relationsAdded = 0
            for relation in record.relations {
                if try addEdge(ids[relation.source], relation.relation, ids[relation.target], documentID: documentID, evidence: relation.evidence) {
                    relationsAdded += 1
                }
            }
            for (id, settling) in changed.sorted(by: { $0.key < $1.key }) {
                try settle(id, type: settling.type, name: settling.name, facts: settling.facts)
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
        /// - Returns: the entity's id, whether it is new, and whether it gained a name.
        func upsert(_ entity: DocumentRecord.Entity) throws -> (Int64, Bool, Bool) {
            let type = entity.type.rawValue
            var id = try Int64.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                        WHERE key = ? AND type = ? AND is_lookup = 0 ORDER BY entity_id LIMIT 1
                        """),
                arguments: [key(entity.name), type])
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
            var renamed = false
            for alias in [entity.name] + entity.aliases {
                let key = key(alias)
                if known.hasName(id!, key, text: alias) { continue }
                try insertAlias.execute(arguments: [id, alias, key])
                renamed = renamed || db.changesCount > 0
                pending.append((id!, key, alias))
            }
            var lookups = entity.lookupNames
            if let knownAs = entity.knownAs, knownAs != entity.name { lookups.append(knownAs) }
            if entity.type == .person {
                if let surname = Canonical.surname(of: entity.name) { lookups.append(surname) }
                for name in [entity.name] + entity.aliases {
                    if let loose = known.looseKey(ofPerson: name) { lookups.append(loose) }
                }
            }
            let insertLookup = try db.cachedStatement(
                sql: """
                    INSERT INTO alias (entity_id, alias, key, is_lookup) VALUES (?, ?, ?, 1)
                    ON CONFLICT DO UPDATE SET alias = excluded.alias WHERE is_lookup = 1 AND excluded.alias < alias
                    """)
            for name in lookups {
                let key = key(name)
                if known.hasLookup(id!, key) { continue }
                try insertLookup.execute(arguments: [id, name, key])
                pending.append((id!, key, nil))
            }
            return (id!, isNew, renamed)
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

        /// What to decide again for an entity once a document is in.
        struct Settling {
            var type: EntityType
            var name: Bool
            var facts: Bool

            mutating func merge(_ other: Settling) {
                name = name || other.name
                facts = facts || other.facts
            }
        }

        /// Decides an entity's name, role and country again from all it is known by.
        func settle(_ id: Int64, type: EntityType, name: Bool = true, facts: Bool = true) throws {
            if name { try settleName(id, type: type) }
            if facts { try settleFacts(id) }
        }

        private func settleName(_ id: Int64, type: EntityType) throws {
            let documentNames = try String.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT name FROM entity_fact WHERE entity_id = ? AND name IS NOT NULL"), arguments: [id])
            if let name = Canonical.fullest(documentNames) {
                try db.cachedStatement(sql: "UPDATE OR IGNORE entity SET name = ? WHERE id = ? AND name <> ?").execute(arguments: [name, id, name])
                return
            }
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
        }

        private func settleFacts(_ id: Int64) throws {
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

/// Names a graph is known to hold, by entity and key, and the keys of names already made: a
/// cache in front of the alias table. Rows are never deleted and a shown spelling only ever
/// moves earlier in code-point order, so what it says stays true while other processes write.
struct KnownNames: Sendable {
    /// For each entity and key, the spelling shown (nil for a name only to look it up by).
    private var names: [Int64: [String: String?]] = [:]
    private var keys: [String: String] = [:]
    private var looseKeys: [String: String?] = [:]
    private var count = 0
    /// Beyond this many entries the cache starts again, so memory stays bounded.
    static let limit = 1 << 16

    mutating func key(_ name: String) -> String {
        if let key = keys[name] { return key }
        let key = NameKey.make(name)
        if keys.count < Self.limit { keys[name] = key }
        return key
    }

    mutating func looseKey(ofPerson name: String) -> String? {
        if let key = looseKeys[name] { return key }
        let key = Canonical.looseKey(ofPerson: name)
        if looseKeys.count < Self.limit { looseKeys[name] = key }
        return key
    }

    /// Whether the entity shows this key already, spelled `text` or earlier in code-point order.
    func hasName(_ id: Int64, _ key: String, text: String) -> Bool {
        guard let entry = names[id]?[key], let shown = entry else { return false }
        return shown <= text
    }

    /// Whether the entity can be found by this key already.
    func hasLookup(_ id: Int64, _ key: String) -> Bool {
        names[id]?[key] != nil
    }

    mutating func add(_ id: Int64, _ key: String, _ text: String?) {
        if count >= Self.limit {
            names.removeAll()
            count = 0
        }
        switch (names[id]?[key], text) {
        case (nil, _):
            names[id, default: [:]][key] = .some(text)
            count += 1
        case (.some(nil), .some):
            names[id]![key] = .some(text)
        case (.some(.some(let shown)), .some(let text)) where text < shown:
            names[id]![key] = .some(text)
        default: break
        }
    }
}
