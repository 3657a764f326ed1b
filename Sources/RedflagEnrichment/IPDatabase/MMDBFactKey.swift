#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The map keys ``MMDBIntelligence`` understands, recognised from a key's raw UTF-8 bytes so that a
/// look-up builds no `String` per key.
///
/// Byte equality is the same test as `String` equality here: every key below is ASCII without `K`,
/// `;` or `` ` ``, the only ASCII characters that another code point is canonically equivalent to.
enum MMDBFactKey: Sendable {
    case country, registeredCountry, location, latitude, longitude, asn, nested, connectionType
    /// An AS organisation name; a lower rank wins over a higher one in the same map.
    case organization(rank: Int)
    /// A boolean flag that adds a network kind when true.
    case flag(NetworkKinds)

    static let names: [(name: StaticString, key: MMDBFactKey)] = [
        ("country", .country), ("country_code", .country), ("registered_country", .registeredCountry),
        ("location", .location), ("latitude", .latitude), ("lat", .latitude),
        ("longitude", .longitude), ("lng", .longitude), ("lon", .longitude),
        ("autonomous_system_number", .asn), ("asn", .asn),
        ("autonomous_system_organization", .organization(rank: 0)), ("as_name", .organization(rank: 1)),
        ("as_organization", .organization(rank: 1)), ("isp", .organization(rank: 2)),
        ("organization", .organization(rank: 3)),
        ("traits", .nested), ("redflag", .nested), ("connection_type", .connectionType), ("user_type", .connectionType),
        ("is_anonymous_vpn", .flag(.vpn)), ("is_hosting_provider", .flag(.hosting)), ("is_tor_exit_node", .flag(.tor)),
        ("is_public_proxy", .flag(.proxy)), ("is_residential_proxy", .flag(.proxy)),
        ("is_anonymous_proxy", .flag(.proxy)), ("anonymous_proxy", .flag(.proxy)),
        ("is_satellite_provider", .flag(.satellite)), ("satellite", .flag(.satellite)),
        ("location_disputed", .flag(.disputedLocation)),
    ]

    /// ``names`` indexed by byte length.
    static let byLength: [[(name: StaticString, key: MMDBFactKey)]] = {
        var table = [[(name: StaticString, key: MMDBFactKey)]](
            repeating: [], count: names.map(\.name.utf8CodeUnitCount).max()! + 1)
        for entry in names { table[entry.name.utf8CodeUnitCount].append(entry) }
        return table
    }()

    /// The key spelled by `bytes`; nil for keys Redflag ignores.
    @inline(__always)
    init?(_ bytes: UnsafeRawBufferPointer) {
        let table = Self.byLength
        guard bytes.count < table.count, let start = bytes.baseAddress else { return nil }
        for entry in table[bytes.count] where memcmp(start, entry.name.utf8Start, bytes.count) == 0 {
            self = entry.key
            return
        }
        return nil
    }
}
