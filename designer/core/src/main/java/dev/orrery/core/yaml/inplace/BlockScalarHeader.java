package dev.orrery.core.yaml.inplace;

/**
 * The header of a block scalar ({@code |}, {@code >-}, {@code |2+}, …): its indicator, chomping,
 * explicit indentation, and whatever follows on the header line (a comment), which is kept.
 *
 * @param indicator   {@code '|'} or {@code '>'}
 * @param chomping    {@code '-'} (strip), {@code '+'} (keep) or {@code ' '} (clip)
 * @param indentation explicit indentation indicator, 0 when absent
 * @param rest        the rest of the header line after the indicators (spaces and a comment, or "")
 */
record BlockScalarHeader(char indicator, char chomping, int indentation, String rest) {

    static BlockScalarHeader parse(String text, int at) {
        char indicator = text.charAt(at);
        char chomping = ' ';
        int indentation = 0;
        int i = at + 1;
        for (int k = 0; k < 2 && i < text.length(); k++, i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '+') {
                chomping = c;
            } else if (c >= '1' && c <= '9') {
                indentation = c - '0';
            } else {
                break;
            }
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new BlockScalarHeader(indicator, chomping, indentation, text.substring(i, end));
    }
}
