internal import CLibXML2
import Synchronization

/// Files that libxml2 reads from memory rather than from disk: schemas embedded in the binary
/// and the schemas they import or include, served under URIs `ecvet-embedded:/BUNDLE/PATH`, so
/// relative `schemaLocation`s resolve inside the bundle and nothing is read from the disk.
enum XMLMemoryFiles {
    static let scheme = "ecvet-embedded:"

    private static let files = Mutex<[String: [UInt8]]>([:])

    /// Makes `bundle` readable under `ecvet-embedded:/NAME/` and returns that base URI.
    static func add(_ bundle: [(path: String, text: String)], named name: String) -> String {
        let base = "\(scheme)/\(name)/"
        files.withLock { files in
            for (path, text) in bundle { files[base + path] = Array(text.utf8) }
        }
        return base
    }

    static func contents(of uri: String) -> [UInt8]? {
        files.withLock { $0[uri] }
    }

    /// Registers the reader with libxml2; called once, when the library is prepared.
    static func register() {
        xmlRegisterInputCallbacks(
            { uri in
                guard let uri else { return 0 }
                return String(cString: uri).hasPrefix(XMLMemoryFiles.scheme) ? 1 : 0
            },
            { uri in
                guard let uri, let bytes = XMLMemoryFiles.contents(of: String(cString: uri)) else { return nil }
                return Unmanaged.passRetained(MemoryFileCursor(bytes)).toOpaque()
            },
            { context, buffer, length in
                guard let context, let buffer else { return -1 }
                return Unmanaged<MemoryFileCursor>.fromOpaque(context).takeUnretainedValue()
                    .read(into: buffer, length: Int(length))
            },
            { context in
                guard let context else { return -1 }
                Unmanaged<MemoryFileCursor>.fromOpaque(context).release()
                return 0
            })
    }
}

/// How far libxml2 has read one memory file.
private final class MemoryFileCursor {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
        let count = min(length, bytes.count - offset)
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return Int32(count)
    }
}
