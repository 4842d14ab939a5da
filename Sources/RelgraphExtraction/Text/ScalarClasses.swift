/// Character classes with an ASCII fast path.
///
/// `Unicode.Scalar.Properties` looks every scalar up in the standard library's tables; news
/// text is almost all ASCII, where a range check gives the same answer many times faster.
/// The range checks are inlined into the tokenizer's loops; the table look-ups stay out of line.
extension Unicode.Scalar {
    var isUppercaseLetter: Bool {
        @inline(__always) get { value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase }
    }

    var isLetter: Bool {
        @inline(__always) get { value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : isNonASCIILetter }
    }

    var isDigit: Bool {
        @inline(__always) get { value < 0x80 ? (0x30...0x39).contains(value) : isNonASCIIDigit }
    }

    var isSpace: Bool {
        @inline(__always) get { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }
    }

    /// Control and format characters (zero-width joiners, soft hyphens): skipped like spaces.
    var isInvisible: Bool {
        @inline(__always) get { value < 0x80 ? value < 0x20 || value == 0x7F : isNonASCIIInvisible }
    }

    @inline(never)
    private var isNonASCIILetter: Bool { properties.isAlphabetic }

    @inline(never)
    private var isNonASCIIDigit: Bool { properties.numericType != nil }

    @inline(never)
    private var isNonASCIIInvisible: Bool { properties.generalCategory == .control || properties.generalCategory == .format }
}
