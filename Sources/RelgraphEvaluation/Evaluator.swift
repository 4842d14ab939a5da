import Foundation
import RelgraphExtraction
import RelgraphModel

/// Precision, recall and F1 counts.
public struct Counts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? (falseNegatives == 0 ? 1 : 0) : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func + (a: Counts, b: Counts) -> Counts {
        Counts(
            truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// How an extraction compares with gold documents, scored the way the project's shared
/// scorer scores them: document-level sets, entities matched on (name or alias, type), a
/// duplicate of a matched entity counted as a false alarm, optional items ignored.
public struct Evaluation: Sendable {
    public var entities: [EntityType: Counts] = [:]
    public var relations: [RelationType: Counts] = [:]
    public var attributes = (correct: 0, total: 0)
    /// Each document's misses and false alarms, for `--verbose`.
    public var errors: [(document: String, message: String)] = []
    public var documents = 0

    public init() {}

    public var allEntities: Counts { entities.values.reduce(Counts(), +) }
    public var allRelations: Counts { relations.values.reduce(Counts(), +) }
    public var attributeAccuracy: Double { attributes.total == 0 ? 1 : Double(attributes.correct) / Double(attributes.total) }

    /// The relations the guidelines define; others are not scored.
    static let scored: [RelationType] = [.spokeWith, .backs, .blamed]

    /// Adds one document's comparison.
    public mutating func add(_ gold: GoldDocument, _ predicted: ExtractedDocument) {
        documents += 1
        let index = GoldIndex(gold)
        func error(_ message: String) { errors.append((gold.id, message)) }

        var matched: Set<Int> = []
        for entity in predicted.entities {
            let type = entity.type
            let g = index.resolve(entity.name, aliases: entity.aliases, type: type.rawValue)
            if let g, gold.entities[g].optional == true { continue }
            guard let g, gold.entities[g].type == type.rawValue else {
                entities[type, default: Counts()].falsePositives += 1
                error("entity false alarm: \(entity.name) (\(type.rawValue))")
                continue
            }
            if !matched.insert(g).inserted {
                entities[type, default: Counts()].falsePositives += 1
                error("entity duplicate: \(entity.name) (\(type.rawValue))")
                continue
            }
            entities[type, default: Counts()].truePositives += 1
            guard type == .person else { continue }
            let want = gold.entities[g]
            if let role = want.role {
                attributes.total += 1
                let got = GoldIndex.norm(entity.role ?? "")
                if !got.isEmpty, got.contains(GoldIndex.norm(role)) || GoldIndex.norm(role).contains(got) {
                    attributes.correct += 1
                } else {
                    error("attribute role of \(want.name): want \(role), got \(entity.role ?? "")")
                }
            }
            if let country = want.country {
                attributes.total += 1
                let got = entity.country ?? ""
                let resolved = index.resolve(got, aliases: [], type: "country").map { gold.entities[$0].name }
                if GoldIndex.norm(resolved ?? got) == GoldIndex.norm(country) {
                    attributes.correct += 1
                } else {
                    error("attribute country of \(want.name): want \(country), got \(got)")
                }
            }
        }
        for (g, entity) in gold.entities.enumerated() where entity.optional != true && !matched.contains(g) {
            if let type = EntityType(rawValue: entity.type) { entities[type, default: Counts()].falseNegatives += 1 }
            error("entity missed: \(entity.name) (\(entity.type))")
        }

        struct Key: Hashable { var relation: RelationType; var a: Int?; var b: Int? }
        func key(_ relation: RelationType, _ source: Int?, _ target: Int?) -> Key {
            guard relation.isSymmetric, let s = source, let t = target, t < s else { return Key(relation: relation, a: source, b: target) }
            return Key(relation: relation, a: t, b: s)
        }
        var required: [Key: GoldDocument.Relation] = [:]
        var optional: Set<Key> = []
        for relation in gold.relations {
            guard let type = RelationType(rawValue: relation.relation) else { continue }
            let k = key(type, index.resolve(relation.source), index.resolve(relation.target))
            if relation.optional == true { optional.insert(k) } else { required[k] = relation }
        }
        var seen: Set<Key> = []
        for (source, type, target) in predicted.triples where Self.scored.contains(type) {
            let k = key(type, index.resolve(source), index.resolve(target))
            guard seen.insert(k).inserted else { continue }
            if optional.contains(k), required[k] == nil { continue }
            if k.a != nil, k.b != nil, required[k] != nil {
                relations[type, default: Counts()].truePositives += 1
            } else {
                relations[type, default: Counts()].falsePositives += 1
                error("relation false alarm: \(source) \(type.rawValue) \(target)")
            }
        }
        for (k, relation) in required where !seen.contains(k) {
            relations[k.relation, default: Counts()].falseNegatives += 1
            error("relation missed: \(relation.source) \(relation.relation) \(relation.target)")
        }
    }
}

/// Gold entities by every normalized form of their names.
struct GoldIndex {
    let gold: GoldDocument
    var byForm: [String: [Int]] = [:]

    init(_ gold: GoldDocument) {
        self.gold = gold
        for (i, entity) in gold.entities.enumerated() {
            for form in [entity.name] + (entity.aliases ?? []) { byForm[Self.norm(form), default: []].append(i) }
        }
    }

    func resolve(_ name: String, aliases: [String] = [], type: String? = nil) -> Int? {
        for forms in [[name], aliases] {
            let candidates = forms.flatMap { byForm[Self.norm($0)] ?? [] }
            guard !candidates.isEmpty else { continue }
            if let type, let typed = candidates.first(where: { gold.entities[$0].type == type }) { return typed }
            return candidates[0]
        }
        return nil
    }

    /// Case, accents, a leading "the", a possessive, periods and hyphens do not count.
    static func norm(_ text: String) -> String {
        var s = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        s = s.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        s = s.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("'s") { s.removeLast(2) }
        if s.hasPrefix("the ") { s.removeFirst(4) }
        s = s.replacingOccurrences(of: ".", with: "")
        for dash in ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "_"] {
            s = s.replacingOccurrences(of: dash, with: " ")
        }
        return s.split(separator: " ").joined(separator: " ")
    }
}
