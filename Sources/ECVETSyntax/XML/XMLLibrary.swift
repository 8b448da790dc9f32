internal import CLibXML2
import ECVETBytes

/// One-time setup of libxml2 for the whole process: initialise the parser before threads use
/// it, and never let anything reach the network. Documents cannot make libxml2 read local files
/// either: the reader refuses DTDs (the only place external entities are declared) and does not
/// process XInclude; only the imports of a schema the user names are read from disk, and those of an embedded
/// schema from memory.
package enum XMLLibrary {
    private static let prepared: Bool = {
        xmlInitParser()
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        XMLMemoryFiles.register()
        return true
    }()

    package static func prepare() {
        _ = prepared
    }
}
