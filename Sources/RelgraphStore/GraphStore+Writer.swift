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
        /// What the graph is known to hold, so that what every document repeats ("Russia", its
        /// dozen lexicon forms, its name and role) costs a hash look-up rather than a statement.
        var memory: WriterMemory
        /// What the current document wrote: until its savepoint commits, the memory must not take
        /// those rows, which may still be rolled back.
        private var written = Written()
        private var statements: Statements
        /// Evidence inserts by their number of rows, each found by its SQL once per batch.
        private var evidenceInserts: [Int: Statement] = [:]
        /// Fact inserts by their number of rows, likewise.
        private var factInserts: [Int: Statement] = [:]
        /// Inserts of new edges by their number of rows, likewise.
        private var edgeInserts: [Int: Statement] = [:]
        /// The current document's `entity_fact` rows not yet inserted, seven values a row: they
        /// go in together, before anything reads the table.
        private var pendingFacts: [SQLValue] = []

        init(db: Database, lexicon: Lexicon, ingestedAt: String, memory: WriterMemory = WriterMemory()) throws {
            self.db = db
            self.lexicon = lexicon
            self.ingestedAt = ingestedAt
            self.memory = memory
            self.statements = try Statements(db)
        }

        /// Stores one document inside its own savepoint: a failure leaves no trace, in the
        /// database or in what the writer knows.
        func storeInSavepoint(_ record: DocumentRecord) throws -> IngestResult {
            try learning {
                var result: IngestResult?
                try db.inSavepoint {
                    result = try store(record)
                    return .commit
                }
                return result!
            }
        }

        /// Stores one document with no savepoint of its own, for a transaction that is rolled
        /// back whole, and the writer's memory discarded, if any of its documents fails.
        func storeLearning(_ record: DocumentRecord) throws -> IngestResult {
            try learning { try store(record) }
        }

        /// Runs `body`, which stores one document, and learns what it wrote once it succeeded;
        /// what it touched before failing is forgotten.
        private func learning(_ body: () throws -> IngestResult) throws -> IngestResult {
            written = Written()
            defer { written = Written() }
            let result: IngestResult
            do {
                result = try body()
            } catch {
                memory.forget(written)
                // A statement that failed keeps its error, and would throw it again for the next
                // document: GRDB has dropped it from its cache, so it is prepared anew.
                statements = try Statements(db)
                evidenceInserts = [:]
                factInserts = [:]
                edgeInserts = [:]
                pendingFacts = []
                throw error
            }
            memory.learn(written)
            return result
        }

        func key(_ name: String) -> String { memory.names.key(name) }

        func store(_ record: DocumentRecord) throws -> IngestResult {
            if try statements.findDocument.firstInteger(SQLValue(record.document.hash)) != nil {
                return IngestResult(isNew: false, entitiesAdded: 0, relationsAdded: 0)
            }
            let metadata = record.metadata
            try statements.insertDocument.run(
                SQLValue(record.document.hash), SQLValue(record.document.source), SQLValue(record.document.bytes), SQLValue(ingestedAt),
                SQLValue(metadata.date?.description), SQLValue(metadata.title), SQLValue(metadata.url), SQLValue(metadata.outlet))
            let documentID = db.lastInsertedRowID
            var ids: [Int64] = []
            var entitiesAdded = 0
            // Entities whose names or facts changed, to settle once the document is in.
            var changed: [Int64: Settling] = [:]
            // The names this document wrote for each entity.
            var documentNames: [Int64: [String]] = [:]
            // Entities this document already gave a fact row: the first row of each stays, as
            // the table's key (entity, document) would keep it.
            var factEntities: Set<Int64> = []
            // Entities this document made.
            var created: Set<Int64> = []
            for entity in record.entities {
                let (id, isNew, renamed) = try upsert(entity)
                if isNew { created.insert(id) }
                ids.append(id)
                if isNew { entitiesAdded += 1 }
                var settling = Settling(type: entity.type, name: isNew || renamed, facts: false)
                let shown = isNew ? nil : try stored(id)
                let hasFacts = entity.role != nil || entity.country != nil || entity.knownAs != nil
                if !hasFacts, let shown, entity.name == shown.documentName {
                    // A document that only repeats the fullest name says nothing the graph does not
                    // show: no row (most mentions of "Russia" are such). A name held by another
                    // entity is tried again, as after any document.
                    if renamed || shown.name != shown.documentName {
                        changed[id, default: Settling(type: entity.type, name: false, facts: false)].name = true
                    }
                    continue
                }
                // Every document's name for the entity is kept: the graph shows the fullest of them.
                // The document is new, so only its own rows can share a key with this one.
                if factEntities.insert(id).inserted {
                    pendingFacts += [
                        SQLValue(id), SQLValue(documentID), SQLValue(entity.role), SQLValue(entity.country), SQLValue(entity.knownAs),
                        SQLValue(record.document.date), SQLValue(entity.name),
                    ]
                    documentNames[id, default: []].append(entity.name)
                    settling.name = settling.name || entity.knownAs != nil || !isNew
                    // A document that agrees with the role and country shown only confirms them.
                    if let shown {
                        settling.facts = (entity.role != nil && entity.role != shown.role) || (entity.country != nil && entity.country != shown.country)
                    }
                }
                if settling.name || settling.facts {
                    changed[id, default: Settling(type: entity.type, name: false, facts: false)].merge(settling)
                }
            }
            try insertPendingFacts()
            let relationsAdded = try addEdges(record.relations, ids: ids, documentID: documentID)
            for (id, settling) in changed.sorted(by: { $0.key < $1.key }) {
                // An entity this document made was stored with the one name it wrote for it, as its
                // name and its fullest document name: settling would keep both.
                if settling.name, !created.contains(id) { try settleName(id, type: settling.type, newNames: documentNames[id] ?? []) }
                if settling.facts { try settleFacts(id) }
            }
            return IngestResult(isNew: true, entitiesAdded: entitiesAdded, relationsAdded: relationsAdded)
        }

        /// Adds a new document's relations and their evidence, making the edges that are new.
        /// Returns how many edges are new.
        ///
        /// The document being new, all its evidence is: each edge's count grows by its sentences
        /// counted here, and the evidence of all its edges goes in with one statement rather
        /// than one a sentence.
        func addEdges(_ relations: [DocumentRecord.Relation], ids: [Int64], documentID: Int64) throws -> Int {
            let edges = Self.edges(of: relations, ids: ids)
            var edgeIDs = [Int64](repeating: 0, count: edges.count)
            // Edges the writer knows are stored only count their new sentences; the others are
            // inserted together, in the order they come (which gives them the ids that one
            // statement each would).
            var unknown: [Int] = []
            for (position, (key, sentences)) in edges.enumerated() {
                if let known = memory.edges[key] ?? written.edges[key] {
                    edgeIDs[position] = known
                    try statements.addToCount.run(SQLValue(sentences.count), SQLValue(known))
                } else {
                    unknown.append(position)
                }
            }
            var added = 0
            for start in stride(from: 0, to: unknown.count, by: Statements.edgesPerStatement) {
                let chunk = unknown[start..<min(start + Statements.edgesPerStatement, unknown.count)]
                if let first = try insertNewEdges(chunk.map { (edges[$0].0, edges[$0].1.count) }) {
                    for (offset, position) in chunk.enumerated() {
                        edgeIDs[position] = first + Int64(offset)
                        written.edges[edges[position].0] = edgeIDs[position]
                    }
                    added += chunk.count
                } else {
                    // One of them is stored already, by a batch the writer no longer remembers:
                    // each is found or made alone.
                    for position in chunk {
                        let (key, sentences) = edges[position]
                        let (edgeID, isNew) = try edge(key, count: sentences.count)
                        edgeIDs[position] = edgeID
                        if isNew {
                            added += 1
                        } else {
                            try statements.addToCount.run(SQLValue(sentences.count), SQLValue(edgeID))
                        }
                    }
                }
            }
            var rows: [(edge: Int64, sentence: DocumentRecord.Evidence)] = []
            rows.reserveCapacity(edges.reduce(0) { $0 + $1.1.count })
            for (position, (_, sentences)) in edges.enumerated() {
                for sentence in sentences { rows.append((edge: edgeIDs[position], sentence: sentence)) }
            }
            try insertEvidence(rows, documentID: documentID)
            return added
        }

        /// Inserts edges that are all new, with these counts of sentences, in one statement, and
        /// returns the id of the first: the others follow it, since SQLite gives each new row
        /// the table's largest id plus one. Returns nil, having inserted none, when one of
        /// them is stored already (the statement fails on the unique key and is undone whole).
        ///
        /// One statement for a document's new edges rather than one an edge: each statement
        /// cost as much again as the row it wrote, in binding, opening the table's three
        /// b-trees and resetting.
        private func insertNewEdges(_ edges: [(key: EdgeKey, count: Int)]) throws -> Int64? {
            var values: [SQLValue] = []
            values.reserveCapacity(4 * edges.count)
            for (key, count) in edges {
                values += [SQLValue(key.source), SQLValue(key.relation.rawValue), SQLValue(key.target), SQLValue(count)]
            }
            let statement: Statement
            if let known = edgeInserts[edges.count] {
                statement = known
            } else {
                statement = try db.cachedStatement(sql: Statements.insertEdgesSQL(rows: edges.count))
                edgeInserts[edges.count] = statement
            }
            do {
                try statement.run(values)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                return nil
            }
            return db.lastInsertedRowID - Int64(edges.count - 1)
        }

        /// Adds one relation's evidence from a document that may have been stored before (a
        /// merge), making the edge if it is new. Returns whether the edge is new.
        func addEdge(_ source: Int64, _ relation: RelationType, _ target: Int64, documentID: Int64, evidence: [DocumentRecord.Evidence]) throws -> Bool {
            let relation = DocumentRecord.Relation(source: 0, relation: relation, target: 1, evidence: evidence)
            guard let (key, sentences) = Self.edges(of: [relation], ids: [source, target]).first else { return false }
            let (edgeID, isNew) = try edge(key, count: sentences.count)
            let added = try insertEvidence(sentences.map { (edge: edgeID, sentence: $0) }, documentID: documentID)
            if !isNew, added > 0 { try statements.addToCount.run(SQLValue(added), SQLValue(edgeID)) }
            return isNew
        }

        /// Inserts the current document's fact rows, many to a statement.
        private func insertPendingFacts() throws {
            let perRow = Statements.factColumns
            for start in stride(from: 0, to: pendingFacts.count, by: perRow * Statements.factsPerStatement) {
                let values = Array(pendingFacts[start..<min(start + perRow * Statements.factsPerStatement, pendingFacts.count)])
                let rows = values.count / perRow
                let statement: Statement
                if let known = factInserts[rows] {
                    statement = known
                } else {
                    statement = try db.cachedStatement(sql: Statements.insertFactsSQL(rows: rows))
                    factInserts[rows] = statement
                }
                try statement.run(values)
            }
            pendingFacts.removeAll(keepingCapacity: true)
        }

        /// The statement that inserts this many evidence rows.
        private func evidenceInsert(rowCount rows: Int) throws -> Statement {
            if let statement = evidenceInserts[rows] { return statement }
            let statement = try db.cachedStatement(sql: Statements.insertEvidenceSQL(rows: rows))
            evidenceInserts[rows] = statement
            return statement
        }

        /// A document's relations as the edges that store them, in the order each edge first
        /// comes, each with its sentences once: a symmetric relation is stored once whichever
        /// way it was written, and relations that are one edge share its sentences. A relation
        /// of an entity to itself is no edge.
        static func edges(of relations: [DocumentRecord.Relation], ids: [Int64]) -> [(EdgeKey, [DocumentRecord.Evidence])] {
            var edges: [(EdgeKey, [DocumentRecord.Evidence])] = []
            var positions: [EdgeKey: Int] = [:]
            var sentences: Set<SentenceKey> = []
            // Sized once: grown a row at a time, the tables were made again at each doubling.
            edges.reserveCapacity(relations.count)
            positions.reserveCapacity(relations.count)
            sentences.reserveCapacity(relations.reduce(0) { $0 + $1.evidence.count })
            for relation in relations {
                var (source, target) = (ids[relation.source], ids[relation.target])
                guard source != target else { continue }
                if relation.relation.isSymmetric, target < source { swap(&source, &target) }
                let key = EdgeKey(source: source, relation: relation.relation, target: target)
                let position = positions[key] ?? edges.count
                if position == edges.count {
                    positions[key] = position
                    edges.append((key, []))
                }
                // The first text of a sentence stays, as a second insert of it would be ignored.
                for sentence in relation.evidence where sentences.insert(SentenceKey(edge: position, index: sentence.index)).inserted {
                    edges[position].1.append(sentence)
                }
            }
            return edges
        }

        /// The id of an edge, made with this count of sentences if it is new, and whether it is.
        private func edge(_ key: EdgeKey, count: Int) throws -> (id: Int64, isNew: Bool) {
            if let known = memory.edges[key] ?? written.edges[key] { return (known, false) }
            try statements.insertEdge.run(SQLValue(key.source), SQLValue(key.relation.rawValue), SQLValue(key.target), SQLValue(count))
            let isNew = db.changesCount > 0
            let id = isNew ? db.lastInsertedRowID : try statements.findEdge.firstInteger(SQLValue(key.source), SQLValue(key.relation.rawValue), SQLValue(key.target))!
            written.edges[key] = id
            return (id, isNew)
        }

        /// Inserts evidence rows of one document, many to a statement; those already stored are
        /// left as they are. Returns how many were new.
        @discardableResult
        private func insertEvidence(_ rows: [(edge: Int64, sentence: DocumentRecord.Evidence)], documentID: Int64) throws -> Int {
            var added = 0
            for start in stride(from: 0, to: rows.count, by: Statements.evidencePerStatement) {
                let chunk = rows[start..<min(start + Statements.evidencePerStatement, rows.count)]
                var values: [SQLValue] = []
                values.reserveCapacity(4 * chunk.count)
                for (edge, sentence) in chunk {
                    values += [SQLValue(edge), SQLValue(documentID), SQLValue(sentence.index), .text(sentence.sentence)]
                }
                try evidenceInsert(rowCount: chunk.count).run(values)
                added += db.changesCount
            }
            return added
        }

        /// Finds the stored entity a document entity is, or stores it, and records its names.
        ///
        /// A match is an entity of the same type whose name or alias equals the new name; the
        /// who's-who entry the person was found to be; or ``mergeCandidate(for:)``.
        /// - Returns: the entity's id, whether it is new, and whether it gained a name.
        func upsert(_ entity: DocumentRecord.Entity) throws -> (Int64, Bool, Bool) {
            var id = try firstEntity(named: key(entity.name), type: entity.type)
            if id == nil, let knownAs = entity.knownAs {
                id = try whosWhoMatch(knownAs)
            }
            if id == nil {
                id = try mergeCandidate(for: entity)
            }
            var isNew = false
            if let id {
                if entity.isLeader, try !stored(id).isLeader {
                    try statements.markLeader.run(SQLValue(id))
                    written.entities.insert(id)
                }
            } else {
                // The document's role until the document is settled, so that its other people are
                // told apart by it. Its name is the only document name it has yet: kept now, as
                // settling would keep it, rather than by a second statement.
                try statements.insertEntity.run(
                    SQLValue(entity.type.rawValue), SQLValue(entity.name), SQLValue(entity.role), SQLValue(entity.country), SQLValue(entity.isLeader),
                    SQLValue(entity.name))
                id = db.lastInsertedRowID
                written.entities.insert(id!)
                isNew = true
            }
            // The same names as a document already stored for this entity ("Russia" and its
            // lexicon forms, in most documents): every one is known, nothing to look up or write.
            // Countries and organizations only: few entities, named in most documents, with
            // many lexicon forms. People are many, each named by a few documents: keeping their
            // names too held 10 MB more at 10,000 articles for a sliver of the instructions.
            let names = entity.type == .person ? nil : EntityNames(entity)
            if let names, memory.names.hasAll(id!, names) { return (id!, isNew, false) }
            var renamed = false
            // Keys this call stored as names: each row is then a name (`is_lookup = 0`), which a
            // lookup of the same key would leave as it is ("Putin", the surname of "Vladimir
            // Putin", in a document that wrote "Putin").
            var nameKeys: [String] = []
            for alias in [entity.name] + entity.aliases {
                let key = key(alias)
                if memory.names.hasName(id!, key, text: alias) { continue }
                try statements.insertAlias.run(SQLValue(id!), SQLValue(alias), SQLValue(key))
                nameKeys.append(key)
                memory.absentKeys.add(key)
                if db.changesCount > 0 {
                    renamed = true
                    written.keys.insert(TypedKey(type: entity.type, key: key))
                }
                written.names.append((id!, key, alias))
            }
            var lookups = entity.lookupNames
            if let knownAs = entity.knownAs, knownAs != entity.name { lookups.append(knownAs) }
            if entity.type == .person {
                if let surname = Canonical.surname(of: entity.name) { lookups.append(surname) }
                for name in [entity.name] + entity.aliases {
                    if let loose = memory.names.looseKey(ofPerson: name) { lookups.append(loose) }
                }
            }
            for name in lookups {
                let key = key(name)
                if memory.names.hasLookup(id!, key) || nameKeys.contains(key) { continue }
                // A name to look up by never changes which entity an alias finds first.
                try statements.insertLookup.run(SQLValue(id!), SQLValue(name), SQLValue(key))
                memory.absentKeys.add(key)
                written.names.append((id!, key, nil))
            }
            if let names { written.entityNames.append((id!, names)) }
            return (id!, isNew, renamed)
        }

        /// The first stored entity of the type that goes by this name key (not only looked up by it).
        private func firstEntity(named key: String, type: EntityType) throws -> Int64? {
            let typed = TypedKey(type: type, key: key)
            let written = written.keys.contains(typed)
            if !written, let id = memory.firstEntity[typed] { return id }
            if memory.absentKeys.lacks(key) { return nil }
            let id = try statements.findEntityByKey.firstInteger(SQLValue(key), SQLValue(type.rawValue))
            if !written, let id { memory.remember(id, for: typed) }
            return id
        }

        /// The name, role, country and leadership an entity shows.
        private func stored(_ id: Int64) throws -> StoredEntity {
            let written = written.entities.contains(id)
            if !written, let entity = memory.entities[id] { return entity }
            let entity = try statements.findEntity.rows(SQLValue(id)) { row in
                StoredEntity(name: row.text(0)!, documentName: row.text(1), role: row.text(2), country: row.text(3), isLeader: row.integer(4) != 0)
            }[0]
            if !written { memory.remember(entity, for: id) }
            return entity
        }

        /// The one stored person that the who's-who found to be the same entry ("Kerry" in one
        /// story, "John Kerry" in another), whatever offices the stories give them.
        ///
        /// This and ``mergeCandidate(for:)`` find entities by one key: an entity has at most
        /// one alias a key (the alias table's primary key), so no entity comes twice, and no
        /// `DISTINCT` is asked for, which SQLite would answer with a temporary b-tree made and
        /// dropped for every run (half the cost of the query: 25k instructions against 12k).
        func whosWhoMatch(_ knownAs: String) throws -> Int64? {
            let ids = try persons(statements.personsByKey, key(knownAs)) { $0.integer(0) }
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
                    let key = key(alias)
                    if memory.absentKeys.lacks(key) { continue }
                    let ids = try statements.entitiesByName.rows(SQLValue(key), SQLValue(type)) { $0.integer(0) }
                    if ids.count == 1 { return ids[0] }
                }
                return nil
            }
            // Read through SQLite's C API: GRDB's rows cost a quarter of storing a new person.
            let person = { (row: Statement) in (id: row.integer(0), role: row.text(1)) }
            var rows: [(id: Int64, role: String?)]
            if Canonical.isOneWord(entity.name) {
                // "Putin" alone: the one person whose surname it is.
                rows = try persons(statements.personsByKey, key(entity.name), read: person)
            } else {
                // "Vladimir Putin" where only "Putin" was known.
                rows = try persons(statements.oneWordPersons, key(Canonical.surname(of: entity.name) ?? ""), read: person)
                if rows.isEmpty, let loose = memory.names.looseKey(ofPerson: entity.name) ?? Optional(key(entity.name)) {
                    rows = try persons(statements.fullNamePersons, loose, read: person)
                    if let knownAs = entity.knownAs {
                        // Two who's-who entries ("George W. Bush", "George H. W. Bush") stay two people.
                        // The document's own facts so far count: they are inserted first.
                        try insertPendingFacts()
                        rows = try rows.filter { try statements.otherWhosWhoEntry.firstInteger(SQLValue($0.id), SQLValue(knownAs)) == nil }
                    }
                }
            }
            let compatible = rows.filter { row in
                guard let old = row.role, let new = entity.role else { return true }
                return Canonical.rolesAgree(old, new)
            }
            guard compatible.count == 1 else { return nil }
            return compatible[0].id
        }

        /// The rows of a query of people by one name key, none without asking where no alias
        /// holds the key.
        private func persons<Element>(_ query: Statement, _ key: String, read: (Statement) -> Element) throws -> [Element] {
            if memory.absentKeys.lacks(key) { return [] }
            return try query.rows(SQLValue(key), read: read)
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
        func settle(_ id: Int64, type: EntityType) throws {
            try settleName(id, type: type, newNames: nil)
            try settleFacts(id)
        }

        /// Decides an entity's name again: the fullest name its documents wrote, else one chosen
        /// from its aliases.
        /// - Parameter newNames: the names a document just added, or nil to read all its
        ///   documents' names again (after a merge). The fullest so far is kept in
        ///   `entity.document_name`, so that a name every document repeats ("Russia") costs one
        ///   comparison, not a read of every document that wrote it.
        private func settleName(_ id: Int64, type: EntityType, newNames: [String]?) throws {
            let entity = try stored(id)
            let fullest: String?
            if let newNames {
                fullest = Canonical.fullest(newNames + (entity.documentName.map { [$0] } ?? []))
            } else {
                fullest = Canonical.fullest(try String.fetchAll(statements.documentNames, arguments: [id]))
            }
            if fullest != entity.documentName {
                try statements.setDocumentName.run(SQLValue(fullest), SQLValue(id))
                written.entities.insert(id)
            }
            if let name = fullest {
                // A name another entity of the type holds stays with it (UNIQUE); each later
                // document tries again.
                if name != entity.name {
                    try statements.rename.run(SQLValue(name), SQLValue(id))
                    written.entities.insert(id)
                }
                return
            }
            let names = try String.fetchAll(statements.aliases, arguments: [id])
            let knownAs = type == .person ? try String.fetchAll(statements.whosWhoEntries, arguments: [id]) : []
            if let name = Canonical.name(type: type, names: names, knownAs: knownAs, lexicon: lexicon), name != entity.name {
                try statements.rename.run(SQLValue(name), SQLValue(id))
                written.entities.insert(id)
            }
        }

        /// Decides an entity's role and country again from every document's facts (see
        /// ``Canonical``), here rather than in SQL: grouping and ordering each in a subquery made
        /// SQLite build and sort temporary tables for every settled entity.
        private func settleFacts(_ id: Int64) throws {
            var roles = FactTally()
            var countries = FactTally()
            _ = try statements.facts.rows(SQLValue(id)) { row in
                let date = row.text(2)
                if let role = row.text(0) { roles.add(role, date: date) }
                if let country = row.text(1) { countries.add(country, date: date) }
            }
            let entity = try stored(id)
            // A value no document gives keeps the one shown.
            let role = roles.chosen ?? entity.role
            let country = countries.chosen ?? entity.country
            guard !FactTally.sameBytes(role, entity.role) || !FactTally.sameBytes(country, entity.country) else { return }
            try statements.setFacts.run(SQLValue(role), SQLValue(country), SQLValue(id))
            written.entities.insert(id)
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
    /// For each entity, the names and lookups of the last document entity that stored all of
    /// its own: kept and dropped with `names`, whose entries say those names are known.
    private var entityNames: [Int64: EntityNames] = [:]
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

    /// Whether a document entity with these names, and so these keys, lookups and spellings,
    /// stored them all for the entity before: each is then known as ``hasName(_:_:text:)``
    /// and ``hasLookup(_:_:)`` would find it, at the cost of one comparison.
    func hasAll(_ id: Int64, _ all: EntityNames) -> Bool {
        entityNames[id]?.isSame(as: all) ?? false
    }

    mutating func addAll(_ id: Int64, _ all: EntityNames) {
        startAgainIfFull()
        if entityNames.updateValue(all, forKey: id) == nil { count += 1 }
    }

    private mutating func startAgainIfFull() {
        if count >= Self.limit {
            names.removeAll()
            entityNames.removeAll()
            count = 0
        }
    }

    mutating func add(_ id: Int64, _ key: String, _ text: String?) {
        startAgainIfFull()
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

extension GraphStore.Writer {
    /// The writer's statements, prepared once per batch rather than found by their SQL text
    /// for every row.
    struct Statements {
        let findDocument, insertDocument: Statement
        let findEntityByKey, findEntity, insertEntity, markLeader: Statement
        let insertAlias, insertLookup: Statement
        let findEdge, insertEdge, addToCount: Statement
        let documentNames, setDocumentName, rename, aliases, whosWhoEntries, facts, setFacts: Statement
        /// The merge look-ups: found by their SQL text for every new entity, they cost 1.5k
        /// instructions a time in GRDB's statement cache.
        let personsByKey, entitiesByName, oneWordPersons, fullNamePersons, otherWhosWhoEntry: Statement

        init(_ db: Database) throws {
            findDocument = try db.cachedStatement(sql: "SELECT 1 FROM document WHERE hash = ?")
            insertDocument = try db.cachedStatement(
                sql: "INSERT INTO document (hash, source, byte_count, ingested_at, published, title, url, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            findEntityByKey = try db.cachedStatement(
                sql: """
                    SELECT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE key = ? AND type = ? AND is_lookup = 0 ORDER BY entity_id LIMIT 1
                    """)
            findEntity = try db.cachedStatement(sql: "SELECT name, document_name, role, country, is_leader FROM entity WHERE id = ?")
            insertEntity = try db.cachedStatement(
                sql: "INSERT INTO entity (type, name, role, country, is_leader, document_name) VALUES (?, ?, ?, ?, ?, ?)")
            markLeader = try db.cachedStatement(sql: "UPDATE entity SET is_leader = 1 WHERE id = ?")
            // Of the spellings sharing a key, the first in code-point order shows, whichever came first.
            insertAlias = try db.cachedStatement(
                sql: """
                    INSERT INTO alias (entity_id, alias, key) VALUES (?, ?, ?)
                    ON CONFLICT DO UPDATE SET alias = excluded.alias, is_lookup = 0 WHERE is_lookup = 1 OR excluded.alias < alias
                    """)
            insertLookup = try db.cachedStatement(
                sql: """
                    INSERT INTO alias (entity_id, alias, key, is_lookup) VALUES (?, ?, ?, 1)
                    ON CONFLICT DO UPDATE SET alias = excluded.alias WHERE is_lookup = 1 AND excluded.alias < alias
                    """)
            findEdge = try db.cachedStatement(sql: "SELECT id FROM edge WHERE source_id = ? AND relation = ? AND target_id = ?")
            insertEdge = try db.cachedStatement(
                sql: "INSERT INTO edge (source_id, relation, target_id, count) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            addToCount = try db.cachedStatement(sql: "UPDATE edge SET count = count + ? WHERE id = ?")
            documentNames = try db.cachedStatement(sql: "SELECT DISTINCT name FROM entity_fact WHERE entity_id = ? AND name IS NOT NULL")
            setDocumentName = try db.cachedStatement(sql: "UPDATE entity SET document_name = ? WHERE id = ?")
            rename = try db.cachedStatement(sql: "UPDATE OR IGNORE entity SET name = ? WHERE id = ?")
            aliases = try db.cachedStatement(sql: "SELECT alias FROM alias WHERE entity_id = ? AND is_lookup = 0")
            whosWhoEntries = try db.cachedStatement(sql: "SELECT DISTINCT known_as FROM entity_fact WHERE entity_id = ? AND known_as IS NOT NULL")
            facts = try db.cachedStatement(sql: "SELECT role, country, date FROM entity_fact WHERE entity_id = ?")
            setFacts = try db.cachedStatement(sql: "UPDATE entity SET role = ?, country = ? WHERE id = ?")
            personsByKey = try db.cachedStatement(
                sql: """
                    SELECT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE key = ? AND type = 'person'
                    """)
            entitiesByName = try db.cachedStatement(
                sql: """
                    SELECT entity_id FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE key = ? AND type = ? AND is_lookup = 0
                    """)
            oneWordPersons = try db.cachedStatement(
                sql: """
                    SELECT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE alias.key = ? AND entity.type = 'person' AND instr(entity.name, ' ') = 0
                    """)
            fullNamePersons = try db.cachedStatement(
                sql: """
                    SELECT entity.id, entity.role FROM alias JOIN entity ON entity.id = alias.entity_id
                    WHERE alias.key = ? AND entity.type = 'person' AND instr(entity.name, ' ') > 0
                    """)
            otherWhosWhoEntry = try db.cachedStatement(
                sql: "SELECT 1 FROM entity_fact WHERE entity_id = ? AND known_as IS NOT NULL AND known_as <> ? LIMIT 1")
        }

        /// The most evidence rows one statement inserts: more than a document usually has, few
        /// enough for SQLite's limit on parameters.
        static let evidencePerStatement = 64

        /// The most new edges one statement inserts.
        static let edgesPerStatement = 64

        /// The SQL that inserts this many edges, failing whole if one of them is stored already.
        static func insertEdgesSQL(rows: Int) -> String {
            let values = Array(repeating: "(?, ?, ?, ?)", count: rows).joined(separator: ", ")
            return "INSERT INTO edge (source_id, relation, target_id, count) VALUES \(values)"
        }

        /// The values of one `entity_fact` row, and the most rows one statement inserts.
        static let factColumns = 7
        static let factsPerStatement = 64

        /// The SQL that inserts this many fact rows; a row whose key is taken is left out.
        static func insertFactsSQL(rows: Int) -> String {
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
            return "INSERT OR IGNORE INTO entity_fact (entity_id, document_id, role, country, known_as, date, name) VALUES \(values)"
        }

        /// The SQL that inserts this many evidence rows.
        static func insertEvidenceSQL(rows: Int) -> String {
            let values = Array(repeating: "(?, ?, ?, ?)", count: rows).joined(separator: ", ")
            return "INSERT OR IGNORE INTO evidence (edge_id, document_id, sentence_index, sentence) VALUES \(values)"
        }
    }
}

extension GraphStore.Writer {
    /// What one document wrote.
    struct Written {
        /// Entities whose row it changed or made.
        var entities: Set<Int64> = []
        /// Name keys it gave an entity of a type, which may change the entity they find first.
        var keys: Set<TypedKey> = []
        /// Names and lookups it stored, by entity and key (nil text for a lookup).
        var names: [(Int64, String, String?)] = []
        /// Edges it found or made.
        var edges: [EdgeKey: Int64] = [:]
        /// Entities all of whose document entity's names it stored or found stored.
        var entityNames: [(Int64, EntityNames)] = []
    }
}

/// What decides the names, keys and lookups the writer stores for a document entity: its
/// name, aliases, lexicon forms and who's-who entry (its surname and loose keys come from
/// these), compared byte for byte.
struct EntityNames: Sendable {
    var name: String
    var aliases: [String]
    var lookupNames: [String]
    var knownAs: String?

    init(_ entity: DocumentRecord.Entity) {
        name = entity.name
        aliases = entity.aliases
        lookupNames = entity.lookupNames
        knownAs = entity.knownAs
    }

    func isSame(as other: EntityNames) -> Bool {
        Self.same(name, other.name) && Self.same(aliases, other.aliases) && Self.same(lookupNames, other.lookupNames)
            && (knownAs == nil) == (other.knownAs == nil) && (knownAs.map { Self.same($0, other.knownAs!) } ?? true)
    }

    /// Byte for byte, with memcmp: iterating the views element by element cost as much as the
    /// look-ups the comparison saves.
    private static func same(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    private static func same(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
    }
}

/// A name key among the entities of one type.
struct TypedKey: Hashable, Sendable {
    var type: EntityType
    var key: String
}

/// A sentence of a document by the edge it supports (its place among the document's edges).
struct SentenceKey: Hashable {
    var edge: Int
    var index: Int
}

/// An edge by its endpoints, in the orientation it is stored.
struct EdgeKey: Hashable, Sendable {
    var source: Int64
    var relation: RelationType
    var target: Int64
}

/// What an entity row shows.
struct StoredEntity: Sendable {
    var name: String
    /// The fullest name its documents wrote (nil when none did: a graph merged from an older store).
    var documentName: String?
    var role: String?
    var country: String?
    var isLeader: Bool
}

/// What a writer knows the graph holds, carried from one batch to the next: names, the
/// entity each name key finds, what each entity shows, and edges. It holds only committed
/// rows, and is forgotten when another connection has written to the database since (SQLite's
/// `data_version`), so it never disagrees with the file. Each part is bounded: past
/// ``limit`` entries it starts again.
struct WriterMemory: Sendable {
    var names = KnownNames()
    /// Keys no alias holds, where the memory began with an empty alias table.
    var absentKeys = AbsentKeys()
    private(set) var firstEntity: [TypedKey: Int64] = [:]
    private(set) var entities: [Int64: StoredEntity] = [:]
    private(set) var edges: [EdgeKey: Int64] = [:]
    /// The database's `PRAGMA data_version` when this memory was last true.
    var dataVersion: Int64?

    init(dataVersion: Int64? = nil) {
        self.dataVersion = dataVersion
    }

    static let limit = 1 << 16

    mutating func remember(_ id: Int64, for key: TypedKey) {
        if firstEntity.count >= Self.limit { firstEntity.removeAll() }
        firstEntity[key] = id
    }

    mutating func remember(_ entity: StoredEntity, for id: Int64) {
        if entities.count >= Self.limit { entities.removeAll() }
        entities[id] = entity
    }

    /// Takes in what a committed document wrote: its names and edges are now in the graph, and
    /// what it changed is read again when next needed.
    mutating func learn(_ written: GraphStore.Writer.Written) {
        // Before the names they vouch for: should the names fill the cache, both start again.
        for (id, all) in written.entityNames { names.addAll(id, all) }
        for (id, key, text) in written.names { names.add(id, key, text) }
        if edges.count + written.edges.count >= Self.limit { edges.removeAll() }
        edges.merge(written.edges) { old, _ in old }
        forget(written)
    }

    /// Drops what a document touched, committed or rolled back.
    mutating func forget(_ written: GraphStore.Writer.Written) {
        for id in written.entities { entities[id] = nil }
        for key in written.keys { firstEntity[key] = nil }
    }
}
