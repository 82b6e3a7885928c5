package ontology

// Terms sckg writes. Each is declared, with a label and a comment, in
// sckg.ttl; TestEveryTermDeclared keeps the two in step.
var (
	RDFType     = RDF + "type"
	RDFSLabel   = RDFS + "label"
	RDFSSeeAlso = RDFS + "seeAlso"

	DCTLanguage = DCTERMS + "language"
	DCTTitle    = DCTERMS + "title"
	DCTSource   = DCTERMS + "source"

	ELILegalResource            = ELI + "LegalResource"
	ELILegalResourceSubdivision = ELI + "LegalResourceSubdivision"
	ELIIDLocal                  = ELI + "id_local"
	ELIIsPartOf                 = ELI + "is_part_of"
	ELINumber                   = ELI + "number"
	ELICites                    = ELI + "cites"

	CiTOCitation                 = CITO + "Citation"
	CiTOHasCitingEntity          = CITO + "hasCitingEntity"
	CiTOHasCitedEntity           = CITO + "hasCitedEntity"
	CiTOHasCitationCharacterizat = CITO + "hasCitationCharacterization"
	CiTOCites                    = CITO + "cites"

	PROVEntity         = PROV + "Entity"
	PROVWasDerivedFrom = PROV + "wasDerivedFrom"

	NIFOffsetBasedString = NIF + "OffsetBasedString"
	NIFBeginIndex        = NIF + "beginIndex"
	NIFEndIndex          = NIF + "endIndex"

	XSDString             = XSD + "string"
	XSDLanguage           = XSD + "language"
	XSDNonNegativeInteger = XSD + "nonNegativeInteger"

	// Minted: document kinds.
	Resolution            = DEF + "Resolution"
	DraftResolution       = DEF + "DraftResolution"
	Letter                = DEF + "Letter"
	PresidentialStatement = DEF + "PresidentialStatement"
	Report                = DEF + "Report"
	PressRelease          = DEF + "PressRelease"
	MeetingRecord         = DEF + "MeetingRecord"
	UNDocument            = DEF + "UNDocument"

	// Minted: parts of a document.
	PreambularParagraph = DEF + "PreambularParagraph"
	OperativeParagraph  = DEF + "OperativeParagraph"
	TextParagraph       = DEF + "TextParagraph"
	SubParagraph        = DEF + "SubParagraph"
	SourceFile          = DEF + "SourceFile"

	// Minted: properties.
	PrintedSymbol = DEF + "printedSymbol"
	Ordinal       = DEF + "ordinal"
	Text          = DEF + "text"
	AnnexOf       = DEF + "annexOf"
	QuotedIn      = DEF + "quotedIn"
	FileName      = DEF + "fileName"
	SHA256        = DEF + "sha256"

	// Minted: how sure a fact is, and the evidence a PDF links.
	Confidence              = DEF + "confidence"
	CitedAs                 = DEF + "citedAs"
	Hyperlink               = DEF + "hyperlink"
	InternalCitation        = DEF + "InternalCitation"
	SanctionsRegimeCitation = DEF + "SanctionsRegimeCitation"
	XSDDecimal              = XSD + "decimal"

	// What a document states about itself (issue 3).
	ELIDateDocument    = ELI + "date_document"
	FRBRTransformation = FRBR + "transformation"
	SKOSPrefLabel      = SKOS + "prefLabel"
	SKOSAltLabel       = SKOS + "altLabel"
	SKOSNotation       = SKOS + "notation"
	XSDDate            = XSD + "date"
	XSDTime            = XSD + "time"
	XSDBoolean         = XSD + "boolean"
	MemberState        = DEF + "MemberState"
	Meeting            = DEF + "Meeting"
	Vote               = DEF + "Vote"
	Statement          = DEF + "Statement"
	AdoptionDate       = DEF + "adoptionDate"
	AdoptedAt          = DEF + "adoptedAt"
	MeetingNumber      = DEF + "meetingNumber"
	OriginalLanguage   = DEF + "originalLanguage"
	DistributionCode   = DEF + "distributionCode"
	ActsUnder          = DEF + "actsUnder"
	Sponsor            = DEF + "sponsor"
	AgendaItem         = DEF + "agendaItem"
	Signatory          = DEF + "signatory"
	SignatoryRole      = DEF + "signatoryRole"
	ReportedIn         = DEF + "reportedIn"
	OnDraft            = DEF + "onDraft"
	VoteResult         = DEF + "result"
	VoteDate           = DEF + "voteDate"
	InFavour           = DEF + "inFavour"
	Against            = DEF + "against"
	Abstaining         = DEF + "abstaining"
	InFavourCount      = DEF + "inFavourCount"
	AgainstCount       = DEF + "againstCount"
	AbstainingCount    = DEF + "abstainingCount"
	Unanimous          = DEF + "unanimous"
	MeetingStart       = DEF + "meetingStart"
	MeetingEnd         = DEF + "meetingEnd"
	Speaker            = DEF + "speaker"
	SpeakerName        = DEF + "speakerName"
	OnBehalfOf         = DEF + "onBehalfOf"
	Section            = DEF + "Section"
	InSection          = DEF + "inSection"
	LeadWord           = DEF + "leadWord"
	ReportsOn          = DEF + "reportsOn"

	// Actors, requests, mandates and relations (issue 5).
	ActorClass           = DEF + "Actor"
	ORGSubOrganizationOf = ORG + "subOrganizationOf"
	ORGLinkedTo          = ORG + "linkedTo"
	SupportsRel          = DEF + "supports"
	XSDDuration          = XSD + "duration"
	Mentions             = DEF + "mentions"
	DiscoveredIn         = DEF + "discoveredIn"
	EstablishedBy        = DEF + "establishedBy"
	HeldSeatOf           = DEF + "heldSeatOf"
	Request              = DEF + "Request"
	InParagraph          = DEF + "inParagraph"
	OperativeVerb        = DEF + "operativeVerb"
	VerbAsPrinted        = DEF + "verbAsPrinted"
	Addressee            = DEF + "addressee"
	Action               = DEF + "action"
	Deadline             = DEF + "deadline"
	DeadlineDuration     = DEF + "deadlineDuration"
	Interval             = DEF + "interval"
	RefersTo             = DEF + "refersTo"
	MandateExtension     = DEF + "MandateExtension"
	PersonnelCeiling     = DEF + "PersonnelCeiling"
	Authorization        = DEF + "Authorization"
	Mission              = DEF + "mission"
	MandateUntil         = DEF + "mandateUntil"
	MilitaryCeiling      = DEF + "militaryCeiling"
	PoliceCeiling        = DEF + "policeCeiling"
	AuthorizedActor      = DEF + "authorizedActor"
	ActorRelation        = DEF + "ActorRelation"
	RelationType         = DEF + "relationType"
	FromActor            = DEF + "fromActor"
	ToActor              = DEF + "toActor"
	CoMention            = DEF + "CoMention"
	CoMentionedActor     = DEF + "coMentionedActor"
	ParagraphCount       = DEF + "paragraphCount"
)

// CiTOFunctions are the CiTO properties sckg types citations with, by local
// name, each declared in sckg.ttl.
var CiTOFunctions = []string{
	"cites", "citesAsAuthority", "citesAsRelated", "citesForInformation",
	"confirms", "extends", "obtainsBackgroundFrom", "supports", "updates",
}
