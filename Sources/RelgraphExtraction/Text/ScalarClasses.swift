/// Character classes with an ASCII fast path.
///
/// `Unicode.Scalar.Properties` looks every scalar up in the standard library's tables; news
/// text is almost all ASCII, where a range check gives the same answer many times faster.
extension Unicode.Scalar {
    var isUppercaseLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    var isLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    var isDigit: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : properties.numericType != nil
    }

    var isSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// Control and format characters (zero-width joiners, soft hyphens): skipped like spaces.
    var isInvisible: Bool {
        value < 0x80
            ? value < 0x20 || value == 0x7F
            : properties.generalCategory == .control || properties.generalCategory == .format
    }
}
