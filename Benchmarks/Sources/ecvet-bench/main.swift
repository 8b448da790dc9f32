// ecvet-bench: times ECVETKit's reader and writer on one catalogue file.
//
//   ecvet-bench read FILE     reads FILE into the model (timed)
//   ecvet-bench write FILE    reads FILE (untimed), then writes it as canonical JSON to a
//                             temporary file with ECVET.write (timed)
//   ecvet-bench validate FILE reads FILE (timed), then checks it with every rule of the
//                             europass profile (timed) and prints the cost relative to reading
//
// One line per run on standard output; MB are 10^6 bytes. Exit status 1 when the read produced
// error diagnostics, 2 for usage or I/O problems.

import ECVETKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func fail(_ message: String, status: Int32 = 2) -> Never {
    printError("ecvet-bench: \(message)")
    exit(status)
}

func fileSize(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { fail("cannot stat \(path): \(String(cString: strerror(errno)))") }
    return Int(status.st_size)
}

func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) * 1e-18
}

func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

func counts(_ catalogue: Catalogue) -> String {
    "qualifications \(catalogue.qualifications.count), units \(catalogue.units.count), "
        + "outcomes \(catalogue.learningOutcomes.count)"
}

/// Reads the file; exits when the read failed or reported errors.
func load(_ path: String) -> (Catalogue, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = ECVET.read(path: path, format: .json)
    let elapsed = clock.now - start
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty || loaded.catalogue == nil {
        for diagnostic in errors.prefix(10) { printError("\(diagnostic)") }
        fail("reading \(path) gave \(errors.count) error(s)", status: 1)
    }
    return (loaded.catalogue!, elapsed)
}

func temporaryPath(for path: String) -> String {
    var folder = getenv("ECVET_BENCH_TMPDIR").map { String(cString: $0) }
        ?? getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    if folder.isEmpty { folder = "/tmp" }
    let name = path.split(separator: "/").last.map(String.init) ?? "catalogue.json"
    return "\(folder)/ecvet-bench-\(getpid())-\(name)"
}

let arguments = CommandLine.arguments
guard arguments.count == 3, ["read", "write", "validate"].contains(arguments[1]) else {
    fail("usage: ecvet-bench read|write|validate FILE")
}
let mode = arguments[1]
let path = arguments[2]
let inputBytes = fileSize(path)

switch mode {
case "read":
    let (catalogue, elapsed) = load(path)
    let time = seconds(elapsed)
    let megabytes = Double(inputBytes) / 1e6
    print("read json \(fixed(megabytes, 1)) MB in \(fixed(time, 2)) s = \(fixed(megabytes / time, 1)) MB/s (\(counts(catalogue)))")
case "validate":
    let (catalogue, reading) = load(path)
    let clock = ContinuousClock()
    let start = clock.now
    let findings = await ECVET.validate(catalogue, profile: .europass)
    let checking = clock.now - start
    let ratio = seconds(checking) / seconds(reading)
    print("validate json \(fixed(Double(inputBytes) / 1e6, 1)) MB: read \(fixed(seconds(reading), 2)) s, checks \(fixed(seconds(checking), 2)) s = \(fixed(ratio * 100, 1)) % on top of reading (\(findings.count) findings, \(counts(catalogue)))")
default:
    let (catalogue, _) = load(path)
    let target = temporaryPath(for: path)
    let clock = ContinuousClock()
    let start = clock.now
    do {
        try ECVET.write(catalogue, as: .json, to: target)
    } catch {
        fail(error.message)
    }
    let elapsed = clock.now - start
    let written = fileSize(target)
    unlink(target)
    let time = seconds(elapsed)
    let megabytes = Double(written) / 1e6
    print("write json \(fixed(megabytes, 1)) MB in \(fixed(time, 2)) s = \(fixed(megabytes / time, 1)) MB/s (\(counts(catalogue)))")
}
// Skip tearing down the model (hundreds of MB of small objects): it is not measured.
exit(0)
