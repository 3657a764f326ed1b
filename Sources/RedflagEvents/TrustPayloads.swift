import RedflagPrimitives

/// `endpoint`: telemetry from a company-managed device.
public struct EndpointReport: Sendable, Hashable {
    public var device: String?
    public var serial: String?
    public var ip: IPAddress?
    public var software: [String]
    public var usb: [USBDevice]
    public var displays: [String]
    public init() {
        software = []
        usb = []
        displays = []
    }
}

/// One USB device attached to a managed endpoint.
public struct USBDevice: Sendable, Hashable {
    public var vendor: String?
    public var product: String?
    public var name: String?
    public var deviceClass: String?
    public init(vendor: String? = nil, product: String? = nil, name: String? = nil, deviceClass: String? = nil) {
        self.vendor = vendor
        self.product = product
        self.name = name
        self.deviceClass = deviceClass
    }
}

/// `interview`: a hiring interview.
public struct Interview: Sendable, Hashable {
    /// A video call was held (false: declined or audio only).
    public var video: Bool?
    public var camera: Bool?
    /// Interviewer observations such as `face_mismatch`, `scripted_answers`.
    public var flags: [String]
    public init() { flags = [] }
}

/// `document`: an identity-document check.
public struct DocumentCheck: Sendable, Hashable {
    public var kind: String?
    public var country: CountryCode?
    public var name: String?
    public var numberHash: String?
    public var photoHash: String?
    /// `verified`, `failed`, `suspicious`.
    public var result: String?
    public var reason: String?
    public init() {}
}

/// `reference`: a check of an education or employment claim.
public struct ReferenceCheck: Sendable, Hashable {
    /// `education` or `employment`.
    public var kind: String?
    public var institution: String?
    public var domain: String?
    /// `confirmed`, `unconfirmed`, `no_response`, `not_found`.
    public var result: String?
    public init() {}
}
