import Foundation
import RelgraphModel
import RelgraphStore

/// The JSON the `/api/...` endpoints answer with: the data of the pages, for scripts.
public enum API {
    public struct Entity: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var type: String
        public var role: String?
        public var country: String?
        public var aliases: [String]
        /// The entity's page.
        public var url: String

        init(_ entity: Graph.Entity) {
            id = entity.id
            name = entity.name
            type = entity.type.rawValue
            role = entity.role
            country = entity.country
            aliases = entity.aliases
            url = "/entity/\(entity.id)"
        }
    }

    public struct Neighbor: Codable, Sendable, Equatable {
        public var entity: Entity
        /// The edge's id; `/api/edge/ID` holds its sentences.
        public var edge: Int64
        public var count: Int
    }

    /// The neighbours joined by one relation in one direction.
    public struct NeighborGroup: Codable, Sendable, Equatable {
        public var relation: String
        /// `outgoing` (the entity is the source), `incoming` or `mutual`.
        public var direction: String
        /// How many neighbours the group holds, listed or not.
        public var total: Int
        /// The first `limit` of them, most sentences first.
        public var neighbors: [Neighbor]
    }

    public struct EntityPage: Codable, Sendable, Equatable {
        public var entity: Entity
        public var groups: [NeighborGroup]
        /// The `since` and `until` asked for, and whether the graph applied them (it always does
        /// now that documents carry dates).
        public var period: PeriodFilter?
    }

    public struct PeriodFilter: Codable, Sendable, Equatable {
        public var since: String?
        public var until: String?
        public var applied: Bool
    }

    public struct Evidence: Codable, Sendable, Equatable {
        public var sentence: String
        public var position: Int
        /// Where the document was read from.
        public var document: String
        /// The document's content hash.
        public var hash: String
        /// The day the document was published ("YYYY-MM-DD"), its headline, link and outlet, where known.
        public var date: String?
        public var title: String?
        public var url: String?
        public var outlet: String?
        /// Where the relation's trigger words lie in `sentence`, as character offsets.
        public var triggers: [TriggerSpan]?
    }

    /// Characters `start..<end` of a sentence.
    public struct TriggerSpan: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
    }

    public struct EdgePage: Codable, Sendable, Equatable {
        public var id: Int64
        public var source: Entity
        public var relation: String
        public var target: Entity
        public var count: Int
        public var evidence: [Evidence]
    }

    public struct Search: Codable, Sendable, Equatable {
        public var query: String
        /// The entity the name or alias refers to; nil when none does.
        public var match: Entity?
        /// Close names when nothing matched.
        public var suggestions: [String]
    }

    public struct PathStep: Codable, Sendable, Equatable {
        public var from: Entity
        public var relation: String
        public var to: Entity
        /// False when the edge points from `to` to `from`.
        public var forward: Bool
        public var count: Int
    }

    public struct Path: Codable, Sendable, Equatable {
        public var from: String
        public var to: String
        /// The steps, or nil when no chain of at most four relations links them.
        public var steps: [PathStep]?
    }

    public struct Statistics: Codable, Sendable, Equatable {
        public var documents: Int
        public var entitiesByType: [String: Int]
        public var relationsByType: [String: Int]
        public var evidence: Int
        public var mostConnected: [RankedEntity]
        /// When the first and last document were ingested.
        public var firstIngested: String?
        public var lastIngested: String?
        /// The earliest and latest publication dates ("YYYY-MM-DD"); nil when no document is dated.
        public var firstPublished: String?
        public var lastPublished: String?
        /// How many documents have no date (a period never includes them).
        public var undatedDocuments: Int?
    }

    public struct RankedEntity: Codable, Sendable, Equatable {
        public var entity: Entity
        public var degree: Int
    }

    public struct Failure: Codable, Sendable, Equatable {
        public var error: String
        public var suggestions: [String]?
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Every value here encodes; a failure would be a programming error worth seeing.
        return String(decoding: (try? encoder.encode(value)) ?? Data("{\"error\": \"encoding failed\"}".utf8), as: UTF8.self) + "\n"
    }
}
