import RedflagPrimitives
import Testing

@testable import RedflagEnrichment

@Suite struct CountriesTests {
    private func code(_ text: String) throws -> CountryCode { try #require(CountryCode(text)) }
    private func instant(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }

    @Test func unitedStates() throws {
        let us = try #require(try CountryDirectory.bundled().info(for: code("US")))
        #expect(us.name == "United States")
        #expect(us.callingCodes == [1])
        #expect(us.zones.first?.identifier == "America/New_York")
        #expect(us.zones.contains { $0.identifier == "America/Chicago" })
        #expect(us.zones.count > 20)
        let point = try #require(us.representativeCoordinate)
        #expect(abs(point.latitude - 40.71) < 0.01 && abs(point.longitude + 74.01) < 0.01)
    }

    @Test(arguments: [
        ("KP", [850], "Asia/Pyongyang", "Asia/Pyongyang"),
        ("KZ", [7], "Asia/Almaty", "Asia/Almaty"),
        ("RU", [7], "Europe/Kaliningrad", "Europe/Moscow"),
        ("LI", [423], "Europe/Zurich", "Europe/Vaduz"),
        ("RE", [262], "Asia/Dubai", "Indian/Reunion"),
        ("XK", [383], "Europe/Belgrade", "Europe/Belgrade"),
        ("CN", [86], "Asia/Shanghai", "Asia/Shanghai"),
        ("GB", [44], "Europe/London", "Europe/London"),
    ])
    func countries(country: String, callingCodes: [Int], firstZone: String, representative: String) throws {
        let info = try #require(try CountryDirectory.bundled().info(for: code(country)))
        #expect(info.callingCodes == callingCodes)
        #expect(info.zones.first?.identifier == firstZone)
        #expect(info.representativeZone?.identifier == representative)
    }

    @Test func everyInhabitedCountryHasZonesAndEveryZoneIsKnownToFoundation() throws {
        let directory = try CountryDirectory.bundled()
        let withoutZones = directory.all.filter { $0.zones.isEmpty }.map(\.code.code)
        #expect(withoutZones == ["BV", "HM"])
        for info in directory.all {
            for zone in info.zones { #expect(LocalClock(zone: zone.identifier) != nil, "\(zone.identifier)") }
            if !info.zones.isEmpty { #expect(info.representativeCoordinate != nil, "\(info.code)") }
        }
        let withoutCallingCode = directory.all.filter { $0.callingCodes.isEmpty }.map(\.code.code)
        #expect(withoutCallingCode.count < 10, "\(withoutCallingCode)")
    }

    @Test func lookups() throws {
        let directory = try CountryDirectory.bundled()
        let nanpa = directory.countries(withCallingCode: 1)
        #expect(try nanpa.contains(code("US")) && nanpa.contains(code("CA")) && nanpa.contains(code("PR")))
        #expect(try directory.countries(usingZone: "Europe/Zurich") == [code("CH"), code("DE"), code("LI")])
    }

    @Test func chicagoClockAcrossDaylightSaving() throws {
        let chicago = try #require(LocalClock(zone: "America/Chicago"))
        let summer = try instant("2026-07-01T15:00:00Z")
        #expect(chicago.utcOffsetSeconds(at: summer) == -5 * 3600)
        #expect(chicago.localHour(at: summer) == 10)
        #expect(chicago.isWithinWorkingDay(summer))
        let winterNight = try instant("2026-01-15T03:00:00Z")
        #expect(chicago.utcOffsetSeconds(at: winterNight) == -6 * 3600)
        #expect(chicago.localHour(at: winterNight) == 21)
        #expect(!chicago.isWithinWorkingDay(winterNight))
        #expect(chicago.utcOffsetSeconds(at: try instant("2026-03-08T07:59:59Z")) == -6 * 3600)
        #expect(chicago.utcOffsetSeconds(at: try instant("2026-03-08T08:00:00Z")) == -5 * 3600)
        #expect(LocalClock(zone: "Mars/Olympus_Mons") == nil)
    }

    @Test(arguments: [
        ("2026-01-15T14:00:00Z", true),  // 08:00 in Chicago
        ("2026-01-15T13:59:59Z", false),
        ("2026-01-16T01:59:00Z", true),  // 19:59
        ("2026-01-16T02:00:00Z", false),  // 20:00
    ])
    func workingDayEdges(time: String, inside: Bool) throws {
        let chicago = try #require(LocalClock(zone: "America/Chicago"))
        #expect(chicago.isWithinWorkingDay(try instant(time)) == inside)
    }

    @Test func workingHoursMayWrapMidnight() {
        let night = WorkingHours(start: 22, end: 6)
        #expect(night.contains(minuteOfDay: 23 * 60))
        #expect(night.contains(minuteOfDay: 5 * 60 + 59))
        #expect(!night.contains(minuteOfDay: 12 * 60))
    }

    @Test func offsetsACountrySpans() throws {
        let directory = try CountryDirectory.bundled()
        let us = try #require(directory.info(for: code("US")))
        let january = try instant("2026-01-15T12:00:00Z")
        let offsets = us.utcOffsets(at: january)
        for hours in [-5, -6, -7, -8, -9, -10] { #expect(offsets.contains(hours * 3600), "UTC\(hours)") }
        #expect(!offsets.contains(-4 * 3600))
        #expect(us.utcOffsetsAcrossYear(around: january).contains(-4 * 3600))
        let kp = try #require(directory.info(for: code("KP")))
        #expect(kp.utcOffsets(at: january) == [9 * 3600])
        #expect(kp.localHours(at: january) == [21])
    }

    @Test func anyZoneOfAClaimedCountry() throws {
        let directory = try CountryDirectory.bundled()
        let us = try #require(directory.info(for: code("US")))
        let kp = try #require(directory.info(for: code("KP")))
        let newYorkMorning = try instant("2026-01-15T13:00:00Z")  // 08:00 New York, 03:00 Honolulu
        #expect(us.isWithinWorkingDayInAnyZone(newYorkMorning))
        let pyongyangAfternoon = try instant("2026-01-15T06:00:00Z")  // 01:00 New York, 20:00 Honolulu/Adak
        #expect(!us.isWithinWorkingDayInAnyZone(pyongyangAfternoon))
        #expect(kp.isWithinWorkingDayInAnyZone(pyongyangAfternoon))
    }
}
