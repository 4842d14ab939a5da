/// The classes of `words.txt` that the reader asks about token by token.
///
/// Each class is one bit of a word's class mask in the lexicon's vocabulary, so "is this
/// token a month?" reads an array instead of hashing the class name and the word.
enum WordClass: Int, CaseIterable, Sendable {
    case notName, month, nameParticle, organizationHead, organizationDescriptor, roleModifier, agentNoun
    case travelVerb, productNoun, negation, locativePreposition, hypothetical, future, clauseOpener
    case functionWord, determiner, preposition, auxiliary, subordinator, speechVerb, holdVerb, governmentNoun
    case groupNoun, groupModifier, abbreviation, department, commonWord
    case supportVerb, condemningWord, cessationVerb, bearingVerb, claimVerb, harmfulAct, adverseOutcome, reportNoun
    case placeNoun, verdictNoun, pejorativeLabel, unnamedPerson, messageNoun, makingVerb
    case chargingParticiple, reversalVerb, surnameNoun

    /// The section name in `words.txt`.
    var name: String {
        switch self {
        case .notName: "not-name"
        case .month: "month"
        case .nameParticle: "name-particle"
        case .organizationHead: "organization-head"
        case .organizationDescriptor: "organization-descriptor"
        case .roleModifier: "role-modifier"
        case .agentNoun: "agent-noun"
        case .travelVerb: "travel-verb"
        case .productNoun: "product-noun"
        case .negation: "negation"
        case .locativePreposition: "locative-preposition"
        case .hypothetical: "hypothetical"
        case .future: "future"
        case .clauseOpener: "clause-opener"
        case .functionWord: "function-word"
        case .determiner: "determiner"
        case .preposition: "preposition"
        case .auxiliary: "auxiliary"
        case .subordinator: "subordinator"
        case .speechVerb: "speech-verb"
        case .holdVerb: "hold-verb"
        case .governmentNoun: "government-noun"
        case .groupNoun: "group-noun"
        case .groupModifier: "group-modifier"
        case .abbreviation: "abbreviation"
        case .department: "department"
        case .commonWord: "common-word"
        case .supportVerb: "support-verb"
        case .condemningWord: "condemning-word"
        case .cessationVerb: "cessation-verb"
        case .bearingVerb: "bearing-verb"
        case .claimVerb: "claim-verb"
        case .harmfulAct: "harmful-act"
        case .adverseOutcome: "adverse-outcome"
        case .reportNoun: "report-noun"
        case .placeNoun: "place-noun"
        case .verdictNoun: "verdict-noun"
        case .pejorativeLabel: "pejorative-label"
        case .unnamedPerson: "unnamed-person"
        case .messageNoun: "message-noun"
        case .makingVerb: "making-verb"
        case .chargingParticiple: "charging-participle"
        case .reversalVerb: "reversal-verb"
        case .surnameNoun: "surname-noun"
        }
    }

    var bit: UInt64 { 1 << UInt64(rawValue) }

    static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
