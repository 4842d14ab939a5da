import RelgraphModel

/// Writes a graph as two CSV files with the headers `neo4j-admin database import` reads:
///
/// - nodes: `id:ID,name,:LABEL,role,country,aliases:string[]`
/// - relationships: `:START_ID,:END_ID,:TYPE,count:int,symmetric:boolean,first_seen:date,last_seen:date`
///   (the dates empty where unknown)
///
/// Labels are the entity types with a capital (`Person`); relationship types are the
/// relation names in capitals (`SPOKE_WITH`), as Neo4j conventions have them.
public struct CSVWriter: Sendable {
    public init() {}

    public func nodes(_ graph: Graph) -> String {
        var lines = ["id:ID,name,:LABEL,role,country,aliases:string[]"]
        for entity in graph.entities {
            let label = entity.type.rawValue.prefix(1).uppercased() + entity.type.rawValue.dropFirst()
            lines.append(
                [
                    "n\(entity.id)", Self.field(entity.name), label, Self.field(entity.role ?? ""), Self.field(entity.country ?? ""),
                    Self.field(entity.aliases.map { $0.replacingOccurrences(of: ";", with: ",") }.joined(separator: ";")),
                ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func relationships(_ graph: Graph) -> String {
        var lines = [":START_ID,:END_ID,:TYPE,count:int,symmetric:boolean,first_seen:date,last_seen:date"]
        for relation in graph.relations {
            lines.append(
                "n\(relation.source),n\(relation.target),\(relation.relation.rawValue.uppercased()),\(relation.count),\(relation.relation.isSymmetric),"
                    + "\(relation.firstSeen?.description ?? ""),\(relation.lastSeen?.description ?? "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
