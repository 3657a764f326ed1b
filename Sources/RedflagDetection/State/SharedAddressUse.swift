/// How one account used an address that other accounts used too: what ``SharedIPRule`` compares.
public struct SharedAddressUse: Sendable, Hashable {
    /// The address's share of the account's sessions (0–1).
    public var share: Double
    /// UTC hours (since the epoch) in which the account used the address, ascending.
    public var hours: [Int64]

    /// The number of UTC hours in which both accounts used the address, counted up to `limit`.
    public func commonHours(with other: SharedAddressUse, upTo limit: Int) -> Int {
        AddressUsage.commonHours(hours, other.hours, upTo: limit)
    }
}
