package ontology

import _ "embed"

// ShapesIRI names the shapes graph.
const ShapesIRI = Base + "shapes"

//go:embed shapes.ttl
var shapesTurtle string

// Shapes returns the SHACL shapes of the graph sckg writes, as Turtle:
// what every document, paragraph, citation, span, source file, vote,
// actor and request in an export has, and of which type.
func Shapes() string { return shapesTurtle }
