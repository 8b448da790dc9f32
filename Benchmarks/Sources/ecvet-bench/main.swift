// ecvet-bench: times ECVETKit's readers and writers on one catalogue.
//
//   ecvet-bench read FILE                  reads FILE as canonical JSON into the model (timed)
//   ecvet-bench read FORMAT PATH           reads PATH as FORMAT (json, yaml, xml, csv) with
//                                          ECVET.read (timed); csv is a folder of tables and its
//                                          MB are the total bytes of the tables; xml is validated
//                                          against the canonical XSD in the same pass, as
//                                          ECVET.read always does
//   ecvet-bench read-xml-unvalidated FILE  reads FILE as canonical XML without the XSD
//                                          (CanonicalXMLBinder on an XMLEventReader with no schema)
//   ecvet-bench write FILE                 reads FILE (untimed), then writes it as canonical JSON
//                                          to a temporary file with ECVET.writeWithoutChecks (timed)
//   ecvet-bench write FORMAT FILE          the same in FORMAT (json, yaml, xml, or csv into a
//                                          temporary folder); FILE may be in any format
//   ecvet-bench events FORMAT PATH         the syntax layer alone, no model: pulls every event
//                                          from the JSON, YAML or XML event reader (FORMAT json,
//                                          yaml, xml, or xml-schema for XML validated against the
//                                          canonical XSD), or every record of every table of a
//                                          CSV folder (csv), and counts them
//   ecvet-bench read-mapping MAPPING FILE  reads FILE through the mapping file MAPPING (timed;
//                                          the mapping file itself is read untimed)
//   ecvet-bench validate [FORMAT] FILE     reads FILE (timed), then checks it with every rule of
//                                          the europass profile (timed) and prints the cost
//                                          relative to reading
//   ecvet-bench points GROUPS MEMBERS      V12 alone on GROUPS generated choice groups of MEMBERS
//                                          units each (timed); prints the time per group
//
// One line per run on standard output; MB are 10^6 bytes. Exit status 1 when the read produced
// error diagnostics, 2 for usage or I/O problems.

import ECVETBytes
import ECVETFormats
import ECVETKit
import ECVETSyntax
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Models kept until the process exits: tearing down hundreds of MB of small objects is not
/// measured, and would only slow every run down.
nonisolated(unsafe) var kept: [Catalogue] = []

func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func fail(_ message: String, status: Int32 = 2) -> Never {
    printError("ecvet-bench: \(message)")
    exit(status)
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

/// The size of a file, or for a folder (canonical CSV tables) the total size of the files in it.
func inputSize(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { fail("cannot stat \(path): \(String(cString: strerror(errno)))") }
    guard (status.st_mode & S_IFMT) == S_IFDIR else { return Int(status.st_size) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { total, name in
        var entry = stat()
        guard stat("\(path)/\(name)", &entry) == 0, (entry.st_mode & S_IFMT) == S_IFREG else { return total }
        return total + Int(entry.st_size)
    }
}

func format(named name: String) -> CatalogueFormat {
    // `csv` here is the folder of tables the CSV rows time, as at the baselines' commits.
    if name == "csv" { return .csvTables }
    guard let format = CatalogueFormat(rawValue: name) else {
        fail("unknown format \(name); use one of \(CatalogueFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return format
}

func formatName(_ format: CatalogueFormat?) -> String {
    format?.rawValue ?? "detected"
}

/// Exits when a read failed or reported errors.
func check(_ catalogue: Catalogue?, _ diagnostics: [Diagnostic], path: String) -> Catalogue {
    let errors = diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty || catalogue == nil {
        for diagnostic in errors.prefix(10) { printError("\(diagnostic)") }
        fail("reading \(path) gave \(errors.count) error(s)", status: 1)
    }
    return catalogue!
}

/// Reads the file (the format detected when `nil`, as `ecvet` does); exits when the read failed
/// or reported errors.
func load(_ path: String, format: CatalogueFormat? = .json) -> (Catalogue, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = ECVET.read(path: path, format: format)
    let elapsed = clock.now - start
    let catalogue = check(loaded.catalogue, loaded.diagnostics, path: path)
    kept.append(catalogue)
    return (catalogue, elapsed)
}

/// Reads canonical XML without the XSD: the binder on a reader with no schema.
func loadXMLWithoutSchema(_ path: String) -> (Catalogue, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result: (catalogue: Catalogue?, diagnostics: [Diagnostic])
    do throws(SyntaxError) {
        result = CanonicalXMLBinder.bind(try XMLEventReader(input: try ByteInput(path: path), schema: nil))
    } catch {
        fail("\(error.diagnostic)", status: 1)
    }
    let elapsed = clock.now - start
    let catalogue = check(result.catalogue, result.diagnostics, path: path)
    kept.append(catalogue)
    return (catalogue, elapsed)
}

func temporaryPath(for path: String, as format: CatalogueFormat) -> String {
    var folder = getenv("ECVET_BENCH_TMPDIR").map { String(cString: $0) }
        ?? getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    if folder.isEmpty { folder = "/tmp" }
    var name = path.split(separator: "/").last.map(String.init) ?? "catalogue"
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
    let suffix = format == .csvTables ? "-tables" : ".\(formatName(format))"
    return "\(folder)/ecvet-bench-\(getpid())-\(name)\(suffix)"
}

func rate(_ verb: String, _ format: String, bytes: Int, _ elapsed: Duration, _ catalogue: Catalogue) -> String {
    let time = seconds(elapsed)
    let megabytes = Double(bytes) / 1e6
    return "\(verb) \(format) \(fixed(megabytes, 1)) MB in \(fixed(time, 2)) s = \(fixed(megabytes / time, 1)) MB/s (\(counts(catalogue)))"
}

/// Pulls every event of the syntax layer; returns how many there were.
func countEvents(_ kind: String, _ path: String) throws(SyntaxError) -> Int {
    var count = 0
    switch kind {
    case "json", "yaml":
        var source: any TreeEventSource = kind == "json"
            ? JSONEventReader(input: try ByteInput(path: path)) : YAMLEventReader(input: try ByteInput(path: path))
        while try source.next() != .end { count += 1 }
    case "xml", "xml-schema":
        let reader = try XMLEventReader(input: try ByteInput(path: path), schema: kind == "xml" ? nil : XMLSchema.canonical)
        let failure: SyntaxError? = reader.reading {
            do throws(SyntaxError) {
                while try reader.next() != .endOfDocument { count += 1 }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        if let problem = reader.problems.first { throw SyntaxError(problem) }
    case "csv":
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        for name in names {
            let reader = CSVRecordReader(input: try ByteInput(path: "\(path)/\(name)"))
            while try reader.next() { count += 1 }
        }
    default:
        fail("unknown event reader \(kind); use json, yaml, xml, xml-schema or csv")
    }
    return count
}

let usage = "usage: ecvet-bench read [json|yaml|xml|csv] PATH | read-xml-unvalidated FILE | read-mapping MAPPING FILE | write [json|yaml|xml|csv] FILE | events json|yaml|xml|xml-schema|csv PATH | validate [json|yaml|xml|csv] FILE | points GROUPS MEMBERS"
let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.count == 3 && arguments[0] == "points" {
    guard let groups = Int(arguments[1]), let members = Int(arguments[2]), groups > 0, members > 0 else { fail(usage) }
    await benchmarkPoints(groups: groups, members: members)
    exit(0)
}
if arguments.count == 3 && arguments[0] == "read-mapping" {
    let loaded = ECVET.loadMapping(path: arguments[1])
    guard let mapping = loaded.mapping else { fail(loaded.diagnostics.map(\.formatted).joined(separator: "\n")) }
    let clock = ContinuousClock()
    let start = clock.now
    let read = ECVET.read(path: arguments[2], mapping: mapping)
    let elapsed = clock.now - start
    guard let catalogue = read.catalogue, !read.diagnostics.contains(where: { $0.severity == .error }) else {
        fail(read.diagnostics.first.map(\.formatted) ?? "unreadable", status: 1)
    }
    kept.append(catalogue)
    print(rate("read", "through \((arguments[1] as NSString).lastPathComponent)", bytes: inputSize(arguments[2]), elapsed, catalogue))
    exit(0)
}
guard arguments.count == 2 || arguments.count == 3,
      ["read", "read-xml-unvalidated", "write", "validate", "events"].contains(arguments[0]),
      arguments[0] != "read-xml-unvalidated" || arguments.count == 2,
      arguments[0] != "events" || arguments.count == 3 else {
    fail(usage)
}
let mode = arguments[0]
let path = arguments.last!
let named: CatalogueFormat? = arguments.count == 3 && mode != "events" ? format(named: arguments[1]) : nil

if mode == "events" {
    let clock = ContinuousClock()
    let start = clock.now
    let count: Int
    do throws(SyntaxError) {
        count = try countEvents(arguments[1], path)
    } catch {
        fail("\(error.diagnostic)", status: 1)
    }
    let time = seconds(clock.now - start)
    let megabytes = Double(inputSize(path)) / 1e6
    let unit = arguments[1] == "csv" ? "records" : "events"
    print("events \(arguments[1]) \(fixed(megabytes, 1)) MB in \(fixed(time, 2)) s = \(fixed(megabytes / time, 1)) MB/s (\(count) \(unit), no model)")
    exit(0)
}

switch mode {
case "read":
    let chosen = named ?? .json
    let (catalogue, elapsed) = load(path, format: chosen)
    print(rate("read", formatName(chosen), bytes: inputSize(path), elapsed, catalogue))
case "read-xml-unvalidated":
    let (catalogue, elapsed) = loadXMLWithoutSchema(path)
    print(rate("read", "xml (no schema)", bytes: inputSize(path), elapsed, catalogue))
case "validate":
    let (catalogue, reading) = load(path, format: named ?? (path.hasSuffix(".json") ? .json : nil))
    let clock = ContinuousClock()
    let start = clock.now
    let findings = await ECVET.validate(catalogue, profile: .europass)
    let checking = clock.now - start
    let ratio = seconds(checking) / seconds(reading)
    print("validate \(formatName(named ?? .json)) \(fixed(Double(inputSize(path)) / 1e6, 1)) MB: read \(fixed(seconds(reading), 2)) s, checks \(fixed(seconds(checking), 2)) s = \(fixed(ratio * 100, 1)) % on top of reading (\(findings.count) findings, \(counts(catalogue)))")
default:
    let chosen = named ?? .json
    // The model comes from any format (detected), untimed.
    let (catalogue, _) = load(path, format: path.hasSuffix(".json") ? .json : nil)
    let target = temporaryPath(for: path, as: chosen)
    let clock = ContinuousClock()
    let start = clock.now
    do {
        try ECVET.writeWithoutChecks(catalogue, as: chosen, to: target)
    } catch {
        fail(error.message)
    }
    let elapsed = clock.now - start
    let written = inputSize(target)
    if chosen == .csvTables {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? [] { unlink("\(target)/\(name)") }
        rmdir(target)
    } else {
        unlink(target)
    }
    print(rate("write", formatName(chosen), bytes: written, elapsed, catalogue))
}
// Skip tearing down the model (hundreds of MB of small objects): it is not measured.
exit(0)
