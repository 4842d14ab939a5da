import RelgraphExtraction
import Testing

@Suite("A document's known date picks the offices people held")
struct KnownYearTests {
    @Test(
        "a year from the document's metadata gives the who's-who office held then",
        arguments: [(2014, "Vice President"), (2022, "President"), (2005, "Senator")] as [(Int, String)])
    func roleByYear(_ year: Int, _ role: String) {
        let document = Extractor().extract("Biden met Poroshenko in Kyiv.", year: year)
        #expect(document.entity(named: "Biden")?.role == role)
    }

    @Test("the known year wins over a date in the text's opening")
    func knownYearWins() {
        let text = "March 3, 2022\n\nBiden met Poroshenko in Kyiv."
        #expect(Extractor().extract(text).entity(named: "Biden")?.role == "President")
        #expect(Extractor().extract(text, year: 2014).entity(named: "Biden")?.role == "Vice President")
    }
}
