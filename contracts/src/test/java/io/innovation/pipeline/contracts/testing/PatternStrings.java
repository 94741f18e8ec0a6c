package io.innovation.pipeline.contracts.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random strings matching a regular expression of the small subset the published schemas use: anchors {@code ^ $},
 * literals, escapes ({@code \s \S \d \w} and escaped punctuation), character classes with ranges and those escapes,
 * {@code .}, and the quantifiers {@code ? * + {n} {n,} {n,m}}. Anything else (groups, alternation, negated classes,
 * look-arounds) is refused with an exception, so a schema that outgrows the generator fails the tests loudly.
 *
 * <p>Without {@code ^} or {@code $} a pattern matches anywhere (JSON Schema semantics): the generator then pads the
 * match with arbitrary characters on that side.
 */
public final class PatternStrings {
    /** Characters that are not white space in ECMA-262 or Java regular expressions: ASCII, Latin, CJK, astral emoji. */
    static final int[] NON_SPACE = IntStream.concat(IntStream.rangeClosed(0x21, 0x7e),
            "éßøÆü€£漢字한😀🚀𝄞".codePoints()).toArray();
    static final int[] SPACE = " \t\n\r".codePoints().toArray();
    static final int[] ANY = IntStream.concat(IntStream.of(NON_SPACE), IntStream.of(SPACE)).toArray();
    private static final int[] DIGIT = IntStream.rangeClosed('0', '9').toArray();
    private static final int[] WORD = java.util.stream.Stream.of(IntStream.rangeClosed('a', 'z'), IntStream.rangeClosed('A', 'Z'),
            IntStream.rangeClosed('0', '9'), IntStream.of('_')).flatMapToInt(s -> s).toArray();
    private static final int[] DOT = IntStream.concat(IntStream.of(NON_SPACE), IntStream.of(' ', '\t')).toArray();

    private final String pattern;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;
    private final List<Atom> atoms = new ArrayList<>();

    private PatternStrings(String pattern) {
        this.pattern = pattern;
        int i = 0;
        anchoredStart = pattern.startsWith("^");
        if (anchoredStart) {
            i++;
        }
        int end = pattern.length();
        anchoredEnd = pattern.endsWith("$") && !pattern.endsWith("\\$");
        if (anchoredEnd) {
            end--;
        }
        while (i < end) {
            char c = pattern.charAt(i);
            int[] chars;
            if (c == '[') {
                int close = classEnd(i);
                chars = parseClass(pattern.substring(i + 1, close));
                i = close + 1;
            } else if (c == '\\') {
                chars = escape(pattern.charAt(i + 1));
                i += 2;
            } else if (c == '.') {
                chars = DOT;
                i++;
            } else if ("()|^$".indexOf(c) >= 0) {
                throw unsupported("'" + c + "' at " + i);
            } else {
                chars = new int[] {c};
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = pattern.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : -1;
                    i++;
                } else if (q == '{') {
                    int close = pattern.indexOf('}', i);
                    String[] bounds = pattern.substring(i + 1, close).split(",", -1);
                    min = Integer.parseInt(bounds[0]);
                    max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
                    i = close + 1;
                }
                if (i < end && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
                    throw unsupported("lazy or possessive quantifier at " + i);
                }
            }
            atoms.add(new Atom(chars, min, max));
        }
    }

    public static PatternStrings of(String pattern) {
        return new PatternStrings(pattern);
    }

    /**
     * A string matching the pattern, aiming at {@code targetLength} code points: unbounded quantifiers and the
     * padding of an unanchored side grow towards it. The result may still be shorter or longer; callers check.
     */
    public String generate(Random random, int targetLength) {
        List<Integer> counts = new ArrayList<>();
        int fixed = 0;
        for (Atom atom : atoms) {
            int count = atom.max < 0 ? atom.min : pickCount(random, atom.min, atom.max);
            counts.add(count);
            fixed += count;
        }
        // spread what is left of the target over the unbounded atoms and the open ends
        int room = Math.max(0, targetLength - fixed);
        List<Integer> growable = new ArrayList<>();
        for (int a = 0; a < atoms.size(); a++) {
            if (atoms.get(a).max < 0) {
                growable.add(a);
            }
        }
        int openEnds = (anchoredStart ? 0 : 1) + (anchoredEnd ? 0 : 1);
        int prefix = 0;
        int suffix = 0;
        int slots = growable.size() + openEnds;
        while (room > 0 && slots > 0) {
            int slot = random.nextInt(slots);
            int share = 1 + random.nextInt(room);
            if (slot < growable.size()) {
                counts.set(growable.get(slot), counts.get(growable.get(slot)) + share);
            } else if (!anchoredStart && slot == growable.size()) {
                prefix += share;
            } else {
                suffix += share;
            }
            room -= share;
        }
        StringBuilder out = new StringBuilder();
        append(out, ANY, prefix, random);
        for (int a = 0; a < atoms.size(); a++) {
            append(out, atoms.get(a).chars, counts.get(a), random);
        }
        append(out, ANY, suffix, random);
        return out.toString();
    }

    /** Quantifier bounds are where bugs hide: each bound a quarter of the time, a uniform count otherwise. */
    private static int pickCount(Random random, int min, int max) {
        int roll = random.nextInt(4);
        return roll == 0 ? min : roll == 1 ? max : min + random.nextInt(max - min + 1);
    }

    private static void append(StringBuilder out, int[] chars, int count, Random random) {
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(chars[random.nextInt(chars.length)]);
        }
    }

    private int classEnd(int open) {
        for (int i = open + 1; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                i++;
            } else if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        throw unsupported("unclosed class at " + open);
    }

    private int[] parseClass(String body) {
        if (body.startsWith("^")) {
            throw unsupported("negated class [" + body + "]");
        }
        IntStream chars = IntStream.empty();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                chars = IntStream.concat(chars, IntStream.of(escape(body.charAt(++i))));
            } else if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                chars = IntStream.concat(chars, IntStream.rangeClosed(c, body.charAt(i + 2)));
                i += 2;
            } else {
                chars = IntStream.concat(chars, IntStream.of(c));
            }
        }
        return chars.distinct().toArray();
    }

    private int[] escape(char c) {
        return switch (c) {
            case 's' -> SPACE;
            case 'S' -> NON_SPACE;
            case 'd' -> DIGIT;
            case 'w' -> WORD;
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw unsupported("escape \\" + c);
                }
                yield new int[] {c};
            }
        };
    }

    private UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("pattern " + pattern + ": " + what + " is beyond this generator");
    }

    private record Atom(int[] chars, int min, int max) {
    }
}
