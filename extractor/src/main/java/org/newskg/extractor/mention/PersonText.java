package org.newskg.extractor.mention;

/** Character classes the person rules ask about. */
final class PersonText {

    /** Characters that end a name in running text: punctuation, brackets, spaces. */
    private static final String BOUNDARY = "，。、；：！？“”‘’\"（）()《》【】/·…—- \t\n\r";

    private PersonText() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isBoundary(String text, int at) {
        return at < 0 || at >= text.length() || BOUNDARY.indexOf(text.charAt(at)) >= 0
                || !isHan(text.charAt(at)) && text.charAt(at) != '·';
    }

    static boolean isAllHan(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
