// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Redflag",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "redflag", targets: ["redflag"]),
        .library(name: "RedflagDetection", targets: ["RedflagDetection"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "RedflagPrimitives"),
        .target(name: "RedflagEvents", dependencies: ["RedflagPrimitives", "CZlib"]),
        .target(name: "RedflagEnrichment", dependencies: ["RedflagPrimitives"], resources: [.copy("Resources")]),
        .target(
            name: "RedflagScreening",
            dependencies: ["RedflagPrimitives", "RedflagEnrichment", "Yams"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "RedflagDetection",
            dependencies: ["RedflagPrimitives", "RedflagEvents", "RedflagEnrichment", "RedflagScreening", "Yams"]
        ),
        .target(name: "RedflagSimulation", dependencies: ["RedflagPrimitives"]),
        .target(name: "RedflagLinking", dependencies: ["RedflagPrimitives", "RedflagEvents", "RedflagDetection"]),
        .target(
            name: "RedflagReport",
            dependencies: ["RedflagDetection", "RedflagLinking", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]
        ),
        .target(
            name: "RedflagCLI",
            dependencies: [
                "RedflagEvents", "RedflagEnrichment", "RedflagScreening", "RedflagDetection", "RedflagLinking",
                "RedflagReport", "RedflagSimulation", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "redflag", dependencies: ["RedflagCLI"]),
        .testTarget(name: "RedflagPrimitivesTests", dependencies: ["RedflagPrimitives"]),
        .testTarget(name: "RedflagEventsTests", dependencies: ["RedflagEvents"]),
        .testTarget(name: "RedflagEnrichmentTests", dependencies: ["RedflagEnrichment"]),
        .testTarget(name: "RedflagScreeningTests", dependencies: ["RedflagScreening"]),
        .testTarget(name: "RedflagDetectionTests", dependencies: ["RedflagDetection", "RedflagEvents", "RedflagEnrichment"]),
        .testTarget(name: "RedflagLinkingTests", dependencies: ["RedflagLinking", "RedflagDetection"]),
        .testTarget(name: "RedflagReportTests", dependencies: ["RedflagReport"]),
        .testTarget(name: "RedflagSimulationTests", dependencies: ["RedflagSimulation"]),
        .testTarget(
            name: "RedflagCLITests", dependencies: ["RedflagCLI", "RedflagDetection", "RedflagReport", "RedflagSimulation"]),
    ],
    swiftLanguageModes: [.v6]
)
