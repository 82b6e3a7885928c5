package extract

// Span is a run of characters [Start, End) of the original source file,
// counted in Unicode code points (as NIF counts them), so that a user can
// open the file at the span and read the evidence.
type Span struct{ Start, End int }

// Kind is what a document is.
type Kind string

// The kinds of document sckg recognises.
const (
	KindResolution            Kind = "resolution"
	KindDraftResolution       Kind = "draft-resolution"
	KindLetter                Kind = "letter"
	KindPresidentialStatement Kind = "presidential-statement"
	KindReport                Kind = "report"
	KindPressRelease          Kind = "press-release"
	KindMeetingRecord         Kind = "meeting-record"
	// KindUnknown is an S/ document known only by its symbol (the target of
	// a citation whose kind the symbol does not tell).
	KindUnknown Kind = "document"
)

// Source is one input file as read. Its documents, their paragraphs,
// texts, citations, mentions and requests are made in memory that a
// caller done with them may hand back for the next files (Release).
type Source struct {
	// Name is the file's path relative to the folder it was found in (or
	// its base name when it was named directly): stable across machines.
	Name string
	// SHA256 is the hex digest of the file's bytes.
	SHA256 string
	// Documents are the documents found in the file, in reading order.
	Documents []*Document

	arena *fileArena // the memory it was made in, until Release
}

// Relation ties a document to another document of the same file.
type Relation string

// Relations between documents of one file.
const (
	RelNone     Relation = ""
	RelAnnexOf  Relation = "annex-of"  // the document is the annex of Parent
	RelQuotedIn Relation = "quoted-in" // the document's text is quoted in Parent
)

// Document is one UN document found in a source file.
type Document struct {
	// Symbol is the normalised UN symbol ("S/RES/2531(2020)"), empty when
	// the text prints none.
	Symbol string
	// PrintedSymbol is the symbol as printed ("S/RES/2531 (2020)").
	PrintedSymbol string
	// IdentityConfidence is how sure sckg is of Symbol: 0 or 1 when the
	// text prints it, less when only the file name gave it (0.6) or when
	// the number its title prints cannot be of its year (0.5).
	IdentityConfidence float64
	// TextHash names a document without a symbol: the hex SHA-256 prefix of
	// its normalised text.
	TextHash string
	Kind     Kind
	// Language is the BCP 47 tag of the document's text ("en", "zh").
	Language string
	// Title is the document's title line as printed, when it has one.
	Title string
	Span  Span

	// Facts its header and text state (issue 3), each empty when unstated.
	Date             string  // date of the document, ISO 8601 ("2020-06-29")
	AdoptionDate     string  // date the Council adopted it
	Meeting          string  // number of the meeting that adopted it ("8809")
	OriginalLanguage string  // BCP 47 tag of the language it was written in
	DistributionCode string  // the UN job number ("20-08606 (E)")
	ActingUnder      string  // "Chapter VII" when it acts under Chapter VII
	Sponsors         []Actor // of a draft
	AgendaItem       string  // "马里局势", in the document's language
	Signatory        string  // of a letter, as printed
	SignatoryRole    string  // as printed ("安全理事会主席")
	Vote             *Vote   // a vote the document reports
	// A press release's account of the meeting.
	MeetingStart, MeetingEnd string    // local times, "17:50"
	Speakers                 []Speaker // in the order they spoke

	// Parent is the document this one is an annex of or is quoted in.
	Parent   *Document
	Relation Relation

	Paragraphs []*Paragraph
	Sections   []*Section
	Citations  []*Citation
	Mentions   []*Mention
	Requests   []*Request
	Mandate    []*MandateFact
	Relations  []*ActorRelation
	CoMentions []CoMention
	// NewActors are organisations the document introduces that the
	// registry does not know.
	NewActors []NewActor
	// Links are the hyperlink targets that PDF text dumps at page ends:
	// evidence of citations, kept out of the paragraph text.
	Links []Link
	// misprintedHyphens tells that a mention's name printed its hyphen
	// as another mark ("Secretary~General"): its mentions are warned of.
	misprintedHyphens bool
}

// ParagraphKind says where in a Council text a paragraph stands.
type ParagraphKind string

// The kinds of paragraph.
const (
	Preambular ParagraphKind = "pp"
	Operative  ParagraphKind = "op"
	// Sub is a sub-paragraph of an operative paragraph: "(a)", "(ii)", or
	// an unlabelled item of a list.
	Sub ParagraphKind = "sub"
	// Running is a paragraph of a text that has no preamble and operative
	// part, such as a press release or a letter.
	Running ParagraphKind = "para"
)

// Paragraph is one numbered or unnumbered paragraph of a document.
type Paragraph struct {
	Kind ParagraphKind
	// ID is unique in the document and stable: "op_16", "pp_3", "para_2",
	// "op_28__a__i" for sub-paragraph (a) (i) of paragraph 28, "op_3__2" for
	// the second unlabelled item of paragraph 3; a number printed twice
	// gets a suffix on its second use ("op_47_2").
	ID string
	// Number is the number as printed for operative paragraphs, else empty.
	Number string
	// Ordinal is the paragraph's position among those of its kind, from 1.
	Ordinal int
	// Text is the paragraph with layout noise removed.
	Text string
	Span Span
	// Lead is the word a preambular paragraph opens with ("Recalling",
	// "Strongly condemning").
	Lead string
	// Section is the heading the paragraph stands under, if any.
	Section *Section
	// Parent is the paragraph a sub-paragraph belongs to.
	Parent *Paragraph

	keysFound paragraphKeys // the keywords Text holds, once keysRead
	keysRead  bool
	// ascii says that Text is ASCII, as the citation scanner's pass over
	// it found (findIn); false where it is not, or was not read.
	ascii bool
}

// Section is a heading of a Council text and the paragraphs under it
// ("Priority tasks", "French forces").
type Section struct {
	ID      string // "sec_1", in order
	Ordinal int
	Title   string
	Span    Span
}

// Citation is one reference, in a paragraph, to another document or to a
// paragraph of one.
type Citation struct {
	// Paragraph is the citing paragraph.
	Paragraph *Paragraph
	// Target is the normalised symbol of the cited document.
	Target string
	// TargetParagraph is the cited paragraph's id ("op_4"), if any.
	TargetParagraph string
	// Text is the citation as it reads in the normalised text.
	Text string
	Span Span
	// Form says how the text names its target.
	Form CitationForm
	// Function is what the citing text does with what it cites
	// (ActsPursuantTo for "pursuant to").
	Function Function
	// The small private fields stand by Function, in the room its byte
	// leaves, not each in a word of its own: a citation takes 136 bytes,
	// not 160 (issue 13).
	lines int32 // source lines the citation is printed on
	at    int32 // byte offset in the citing paragraph's text
	// numberLen, when not 0, says that the last numberLen bytes of Text
	// are a resolution number whose year is still to be found (number):
	// the finder reads the number at the end of the citation's text.
	numberLen int32
	// Confidence is 1 for a citation read as printed, less where the tool
	// repaired a conversion fault or supplied a missing year, and 0.3 for
	// a Council resolution whose number its year cannot hold.
	Confidence float64
	// Links are the hyperlink targets a PDF printed for this citation.
	Links []string
	// Footnote is the mark of the footnote that prints the citation
	// ("45", "1/"), when a footnote does: Paragraph holds the mark, and
	// Span lies in the footnote.
	Footnote string
}

// number is the resolution number whose year is still to be found, or "".
func (c *Citation) number() string { return c.Text[len(c.Text)-int(c.numberLen):] }

// CitationForm is the way a citation names what it cites.
type CitationForm string

// The forms of citation.
const (
	FormResolution      CitationForm = "resolution"       // "resolution 2374 (2017)"
	FormSymbol          CitationForm = "symbol"           // "S/2020/476"
	FormSanctionsRegime CitationForm = "sanctions-regime" // "the 2374 sanctions list"
	FormInternal        CitationForm = "internal"         // "paragraph 3 above"
)

// Link is a hyperlink target printed in the source.
type Link struct {
	URL    string
	Target string // normalised symbol the URL points at
	Span   Span
}

// Actor is someone a text names: for now a member state, by its ISO 3166
// alpha-3 code, with the name as printed.
type Actor struct {
	State   string // ISO 3166 alpha-3
	Printed string
}

// Vote is how the Council voted on a draft, as a document reports it.
type Vote struct {
	Draft string // symbol of the draft voted on
	// Result is the symbol of the resolution the draft became.
	Result     string
	Date       string // ISO 8601
	InFavour   []Actor
	Against    []Actor
	Abstaining []Actor
	// Counts as printed ("15 票赞成"), or as counted from the lists.
	InFavourCount, AgainstCount, AbstainingCount int
	// NotParticipating are the members present that did not take part:
	// "present and not voting", or named in a footnote such as "One
	// member (China) did not participate in the voting."
	NotParticipating []Actor
	// Absent are the members not at the meeting: "(Union of Soviet
	// Socialist Republics, absent)", "One member (…) was absent." The
	// record tells them from those present and not voting, and so do
	// the hand-read facts of the development set.
	Absent []Actor
	// Listed is set when the document names the states; a press release's
	// "unanimously adopting" reports a vote without a list.
	Listed bool
	// Counted is set when the counts were printed, as adoption lines print
	// them ("by 12 votes to 2, with 1 abstention"), with or without lists.
	Counted   bool
	Unanimous bool
	// WithoutVote is set for a text adopted without a vote; Consensus when
	// the text says "by consensus".
	WithoutVote, Consensus bool
	Span                   Span
	// unread are the counts the line printed in words OCR misread past
	// reading (CountUnread): left unstated, where they read as 0.
	unread VoteSides
}

// Speaker is someone a press release reports as speaking for a state.
type Speaker struct {
	Name  string
	State Actor
	Span  Span
}

// ID names the document in messages: its symbol, or its kind and text hash.
func (d *Document) ID() string {
	if d.Symbol != "" {
		return d.Symbol
	}
	return string(d.Kind) + ":" + d.TextHash
}
