import RedflagEvents

/// Names of remote-control software and IP-KVM hardware as endpoint telemetry reports them.
///
/// Sources: FBI PSA May 2024 and Jan 2025 (remote desktop tools and IP-KVM on company
/// laptops), Mandiant UNC5267 (PiKVM, TinyPilot), the 2025 laptop-farm indictments.
public enum EndpointSignatures {
    /// Lower-case fragments → the tool's display name.
    static let remoteTools: [(String, String)] = [
        ("anydesk", "AnyDesk"), ("teamviewer", "TeamViewer"), ("chrome remote desktop", "Chrome Remote Desktop"),
        ("remoting_host", "Chrome Remote Desktop"), ("splashtop", "Splashtop"), ("rustdesk", "RustDesk"),
        ("remotepc", "RemotePC"), ("parsec", "Parsec"), ("screenconnect", "ScreenConnect"),
        ("connectwise control", "ScreenConnect"), ("logmein", "LogMeIn"), ("gotomypc", "GoToMyPC"),
        ("realvnc", "VNC"), ("tightvnc", "VNC"), ("ultravnc", "VNC"), ("tigervnc", "VNC"), ("x11vnc", "VNC"),
        ("ammyy", "Ammyy Admin"), ("supremo", "Supremo"), ("zoho assist", "Zoho Assist"), ("dwservice", "DWService"),
        ("meshagent", "MeshCentral"), ("nomachine", "NoMachine"), ("ultraviewer", "UltraViewer"),
    ]

    /// The tool a program name belongs to, or nil.
    public static func remoteAccessTool(_ program: String) -> String? {
        let lowered = LowercasedText(program)
        return remoteTools.first { lowered.contains($0.0) }?.1
    }

    /// Product names, and the ways vendors write "KVM over IP" (`ATEN IP KVM`, `IP-KVM`, `IPKVM`). A KVM
    /// switch that is not reached over the network (`ATEN CS1944DP KVM Switch`) shares a desk, not a laptop.
    static let kvmNames = [
        "pikvm", "tinypilot", "jetkvm", "gl.inet kvm", "glkvm", "comet kvm", "blikvm", "nanokvm",
        "kvm over ip", "kvm-over-ip", "ip-kvm", "ip kvm", "ipkvm",
    ]

    /// A USB device that is (or looks like) IP-KVM hardware: a known product name, or a
    /// composite of keyboard/mouse HID and mass storage presenting as a Linux gadget.
    public static func kvmDevice(_ device: USBDevice) -> String? {
        let name = LowercasedText(device.name ?? "")
        if let known = kvmNames.first(where: name.contains) { return "USB \(device.name ?? known)" }
        // Linux Foundation vendor id with the multifunction composite gadget product id: the USB
        // gadget that PiKVM-style devices present to the host.
        if device.vendor?.lowercased() == "1d6b", device.product == "0104" { return "USB composite gadget 1d6b:0104" }
        return nil
    }

    /// A display whose EDID name belongs to a KVM capture device.
    public static func kvmDisplay(_ name: String) -> String? {
        let lowered = LowercasedText(name)
        return kvmNames.contains(where: lowered.contains) ? "display \(name)" : nil
    }
}

/// Text ready for lower-case ASCII fragments to be looked for in it byte by byte
/// (``CaselessSearch``): as it is when ASCII, lower-cased once otherwise. Endpoint reports repeat
/// the same program and device names on every check-in, and Foundation's substring search was most
/// of the cost of folding one.
struct LowercasedText {
    private let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array((text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased()).utf8)
    }

    /// Whether the text holds `fragment` (lower-case) anywhere.
    func contains(_ fragment: String) -> Bool {
        var fragment = fragment
        return fragment.withUTF8 { phrase in bytes.withUnsafeBufferPointer { CaselessSearch.contains($0, phrase) } }
    }
}
