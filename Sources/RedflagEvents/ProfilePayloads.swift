import RedflagPrimitives

/// `account`: a profile snapshot or update. Fields that are nil were absent and keep earlier values.
public struct AccountUpdate: Sendable, Hashable {
    /// `freelancer` (default), `employee`, `applicant`, `client`.
    public var kind: String?
    public var name: String?
    public var country: CountryCode?
    public var city: String?
    public var region: String?
    public var timezone: String?
    public var email: String?
    public var phone: String?
    public var created: Timestamp?
    public var hourlyRate: Double?
    public var hoursWorked: Double?
    public var jobSuccess: Double?
    public var earnings: Double?
    public var education: [EducationClaim]?
    public var employment: [EmploymentClaim]?
    public var website: String?
    public var github: String?
    public var photoHash: String?
    public var agency: String?
    public var status: String?
    public init() {}
}

/// One entry of a profile's `education`.
public struct EducationClaim: Sendable, Hashable {
    public var institution: String
    public var country: CountryCode?
    public var degree: String?
    public var from: String?
    public var to: String?
    public init(institution: String, country: CountryCode? = nil, degree: String? = nil, from: String? = nil, to: String? = nil) {
        self.institution = institution
        self.country = country
        self.degree = degree
        self.from = from
        self.to = to
    }
}

/// One entry of a profile's `employment`.
public struct EmploymentClaim: Sendable, Hashable {
    public var company: String
    public var domain: String?
    public var country: CountryCode?
    public var title: String?
    public var from: String?
    public var to: String?
    public init(company: String, domain: String? = nil, country: CountryCode? = nil, title: String? = nil, from: String? = nil, to: String? = nil) {
        self.company = company
        self.domain = domain
        self.country = country
        self.title = title
        self.from = from
        self.to = to
    }
}
