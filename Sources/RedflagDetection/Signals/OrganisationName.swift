/// Whether a name is an organisation's rather than a person's, by the words organisations put in
/// their names: legal forms and common business words.
enum OrganisationName {
    static let words: Set<String> = [
        "llc", "ltd", "limited", "inc", "gmbh", "sarl", "sas", "bv", "oy", "ab", "pty", "corp", "corporation", "company",
        "co", "srl", "spa", "kft", "sro", "ooo", "plc", "studio", "agency", "solutions", "technologies", "technology",
        "labs", "trading", "group", "holdings", "industries", "industry", "international", "network", "shipping",
        "services", "bank", "enterprise", "enterprises", "consulting", "department", "ministry", "bureau",
    ]

    /// Whether `name` has a word of ``words`` (compared in ``Normalize/text(_:)`` form).
    static func contains(_ name: String) -> Bool {
        Normalize.text(name).split(separator: " ").contains { words.contains(String($0)) }
    }
}
