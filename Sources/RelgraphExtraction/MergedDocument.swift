import RelgraphModel

extension Extractor {
    /// Cuts a long text into parts of at most ``partLength`` bytes: at the last line break in
    /// the second half of a part, else at the last space, else between two characters.
    static func parts(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + partLength, bytes.count)
            if end < bytes.count {
                let half = start + partLength / 2
                if let newline = bytes[half..<end].lastIndex(of: 0x0A) {
                    end = newline + 1
                } else if let space = bytes[half..<end].lastIndex(of: 0x20) {
                    end = space + 1
                } else {
                    while end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
                }
            }
            parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
        }
        return parts
    }
}

/// The parts of one long document, read one by one, merged into one document: an entity is
/// one entity however many parts name it, and a relation gathers the evidence of every part.
struct MergedDocument {
    private(set) var document = ExtractedDocument(entities: [], relations: [])
    private var entityIndex: [String: Int] = [:]
    private var relationIndex: [RelationExtractor.Key: Int] = [:]
    private var sentenceOffset = 0
    private var tokenOffset = 0

    mutating func add(_ part: ExtractedDocument, sentences: Int, tokens: Int) {
        var indices: [Int] = []
        for entity in part.entities { indices.append(merge(entity)) }
        for relation in part.relations {
            let key = RelationExtractor.Key(indices[relation.source], relation.relation, indices[relation.target])
            let evidence = relation.evidence.map { sentence in
                Sentence(
                    index: sentence.index + sentenceOffset,
                    range: (sentence.range.lowerBound + tokenOffset)..<(sentence.range.upperBound + tokenOffset), text: sentence.text)
            }
            if let existing = relationIndex[key] {
                document.relations[existing].evidence += evidence
            } else {
                relationIndex[key] = document.relations.count
                document.relations.append(ExtractedRelation(source: key.source, relation: key.relation, target: key.target, evidence: evidence))
            }
        }
        sentenceOffset += sentences
        tokenOffset += tokens
    }

    private mutating func merge(_ entity: DocumentEntity) -> Int {
        let key = "\(entity.type.rawValue):\(entity.name)"
        guard let index = entityIndex[key] else {
            entityIndex[key] = document.entities.count
            document.entities.append(entity)
            return document.entities.count - 1
        }
        var known = document.entities[index]
        for alias in entity.aliases { known.addAlias(alias) }
        known.role = known.role ?? entity.role
        known.isLeader = known.isLeader || entity.isLeader
        known.country = known.country ?? entity.country
        known.organization = known.organization ?? entity.organization
        known.organizationKind = known.organizationKind ?? entity.organizationKind
        known.knownAs = known.knownAs ?? entity.knownAs
        for name in entity.lookupNames where !known.lookupNames.contains(name) { known.lookupNames.append(name) }
        document.entities[index] = known
        return index
    }
}
