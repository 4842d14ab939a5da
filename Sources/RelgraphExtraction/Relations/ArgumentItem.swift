/// A stretch of a sentence that stands for one or more entities and can be a party to a
/// relation: a name, a pronoun resolved to a person, "the country", "U.S. officials".
struct ArgumentItem {
    /// Tokens of the item; for "officials in Paris", from "officials".
    var range: Range<Int>
    var entities: [Int]
    /// "Russia's war": may receive a relation but does not act in this sentence.
    var isObjectOnly = false
}

/// Items joined by "and", commas or "as well as": "Russia and China", "A, B, C and D".
struct ArgumentGroup {
    private(set) var items: [ArgumentItem]
    /// The entities of the items, each once, in order: kept as items join, since the reader
    /// asks for them for every trigger of the sentence.
    private(set) var entities: [Int] = []
    var start: Int { items[0].range.lowerBound }
    var end: Int { items[items.count - 1].range.upperBound }

    init(items: [ArgumentItem]) {
        self.items = items
        if items.count == 1, items[0].entities.count <= 1 {
            // Most groups: the item's own list, shared.
            entities = items[0].entities
        } else {
            for item in items { for e in item.entities where !entities.contains(e) { entities.append(e) } }
        }
    }

    mutating func append(_ item: ArgumentItem) {
        items.append(item)
        for e in item.entities where !entities.contains(e) { entities.append(e) }
    }

    /// Appends the items of `other`, as a list goes on: "A, along with B,".
    mutating func append(contentsOf other: ArgumentGroup) {
        for item in other.items { append(item) }
    }
}

/// A clause of a sentence: the span whose first actor is the subject of its verbs.
struct Clause {
    enum Kind {
        case main
        /// ", who ...", ", which ...": the subject is the antecedent unless the clause names one.
        case relative
        /// ", the African Union's mediator in the crisis,": a description of what comes before.
        case parenthetical
    }

    var range: Range<Int>
    var kind: Kind
    /// For relative and parenthetical clauses: the group they describe.
    var antecedent: Int?
}
