import MiniML
import Testing

@Suite("Text: Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test("lower-cases and splits on anything that is not a letter or a number")
    func basics() {
        #expect(tokenizer.tokens("The Movie was GREAT!!! 10/10, a must-see.") == ["the", "movie", "was", "great", "10", "10", "a", "must", "see"])
        #expect(tokenizer.tokens("") == [])
        #expect(tokenizer.tokens("  ...  ") == [])
        #expect(tokenizer.tokens("snake_case 3.5 stars") == ["snake", "case", "3", "5", "stars"])
    }

    @Test("HTML tags are word boundaries; a lone < is punctuation")
    func html() {
        #expect(tokenizer.tokens("end.<br /><br />The next") == ["end", "the", "next"])
        #expect(tokenizer.tokens("so<br/>bad <i>really</i> <!-- note -->") == ["so", "bad", "really"])
        #expect(tokenizer.tokens("< Cough > 3<4 and a > b") == ["cough", "3", "4", "and", "a", "b"])
        #expect(tokenizer.tokens("unclosed <b tag") == ["unclosed", "b", "tag"])
    }

    @Test("entities are decoded: numeric and the common named ones")
    func entities() {
        #expect(tokenizer.tokens("Dvo&#345;&#x00E1;k") == ["dvořák"])
        #expect(tokenizer.tokens("Tom &amp; Jerry &quot;classic&quot;") == ["tom", "jerry", "classic"])
        #expect(tokenizer.tokens("AT&T; &unknown; &#xZZ;") == ["at", "t", "unknown", "xzz"])
    }

    @Test("inner apostrophes stay; straight, curly and Windows-1252 quotes are all written as '")
    func apostrophes() {
        #expect(tokenizer.tokens("I don't think it's bad") == ["i", "don't", "think", "it's", "bad"])
        #expect(tokenizer.tokens("didn\u{2019}t and wasn\u{92}t") == ["didn't", "and", "wasn't"])
        #expect(tokenizer.tokens("'quoted' actors' rock 'n' roll") == ["quoted", "actors", "rock", "n", "roll"])
        #expect(tokenizer.tokens("rock''n") == ["rock", "n"])
    }

    @Test("Unicode letters, marks and numbers are word characters; other scripts and symbols separate")
    func unicode() {
        #expect(tokenizer.tokens("Amélie ÉTÉ naïve") == ["amélie", "été", "naïve"])
        #expect(tokenizer.tokens("Cafe\u{301} crème") == ["cafe\u{301}", "crème"])
        #expect(tokenizer.tokens("Straße ΟΔΥΣΣΕΙΑ 東京物語 ²") == ["straße", "οδυσσεια", "東京物語", "²"])
        #expect(tokenizer.tokens("good\u{96}bad\u{85}ugly 😀fun") == ["good", "bad", "ugly", "fun"])
    }

    @Test("negations are kept: there are no stop words")
    func negations() {
        #expect(tokenizer.tokens("Not bad, no way, never") == ["not", "bad", "no", "way", "never"])
    }
}
