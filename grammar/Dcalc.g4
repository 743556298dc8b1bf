// Dcalc.g4: the Python subset that dcalc runs.
//
// The grammar has no actions, predicates or superClass. NEWLINE handling
// inside brackets, blank lines, INDENT and DEDENT are done by the
// hand-written token source in lexer.go, which wraps the generated lexer.
// Regenerate with `go generate ./grammar` (needs Node); see gen.sh.
grammar Dcalc;

tokens { INDENT, DEDENT }

// ---- entry rules ----

// file_ is a cell or program.
file_ : (NEWLINE | stmt)* EOF ;

// fexpr is the expression of an f-string replacement field.
fexpr : star_exprs EOF ;

// ---- statements ----

stmt
    : simple_stmts
    | compound_stmt
    ;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

// The statements that start with an expression are one alternative, so
// that the parser decides between them on the token after it rather than
// by looking ahead across the whole expression (ANTLR's prediction would
// scan it once per alternative, and its DFA would grow a state per
// expression shape).
simple_stmt
    : star_exprs
        ( augassign star_exprs
        | ('=' star_exprs)+
        | ':' ann=expr ('=' star_exprs)?
        )?                                                  # ExprSt
    | 'pass'                                                # PassSt
    | 'break'                                               # BreakSt
    | 'continue'                                            # ContinueSt
    | 'return' star_exprs?                                  # ReturnSt
    | 'del' star_exprs                                      # DelSt
    | kw=('global' | 'nonlocal') NAME (',' NAME)*           # GlobalSt
    | 'assert' expr (',' expr)?                             # AssertSt
    | 'raise' (expr ('from' expr)?)?                        # RaiseSt
    | 'import' dotted_as_name (',' dotted_as_name)*         # ImportSt
    | 'from' dotted_name 'import'
        ( '*'
        | '(' import_as_name (',' import_as_name)* ','? ')'
        | import_as_name (',' import_as_name)*
        )                                                   # FromImportSt
    ;

augassign
    : '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '@='
    | '&=' | '|=' | '^=' | '<<=' | '>>='
    ;

dotted_as_name : dotted_name ('as' NAME)? ;
import_as_name : NAME ('as' NAME)? ;
dotted_name : NAME ('.' NAME)* ;

compound_stmt
    : 'if' expr ':' block elif_clause* else_clause?             # IfSt
    | 'for' targets 'in' star_exprs ':' block else_clause?      # ForSt
    | 'while' expr ':' block else_clause?                       # WhileSt
    | decorator* 'def' NAME '(' params? ')' ('->' ret=expr)? ':' block # DefSt
    | decorator* 'class' NAME ('(' arglist? ')')? ':' block     # ClassSt
    | 'with' with_items ':' block                               # WithSt
    | 'try' ':' block
        ( except_clause+ else_clause? finally_clause?
        | finally_clause
        )                                                       # TrySt
    ;

decorator : '@' expr NEWLINE ;

// with_items: with (a as b, c): is a parenthesized list of items, as in
// CPython 3.10; with (a, b) as c: is a tuple, which the first
// alternative cannot match.
with_items
    : '(' with_item (',' with_item)* ','? ')'
    | with_item (',' with_item)*
    ;

with_item : expr ('as' expr)? ;

elif_clause : 'elif' expr ':' block ;
else_clause : 'else' ':' block ;
finally_clause : 'finally' ':' block ;
except_clause : 'except' (expr ('as' NAME)?)? ':' block ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

// params are a def's, with annotations; lambda's cannot have them.
params : param (',' param)* ','? ;

param
    : NAME (':' ann=expr)? ('=' dflt=expr)?
    | '*' (NAME (':' ann=expr)?)?
    | '**' NAME (':' ann=expr)?
    ;

lparams : lparam (',' lparam)* ','? ;

lparam
    : NAME ('=' dflt=expr)?
    | '*' NAME?
    | '**' NAME
    ;

// ---- expressions ----

star_exprs : star_expr (',' star_expr)* ','? ;

star_expr
    : '*' expr
    | expr
    ;

// expr lists the operators from the tightest binding to the loosest.
// Names and numbers are alternatives of expr itself rather than of an
// atom rule: the commonest leaves then cost one rule context, not three.
expr
    : NAME                                                  # NameEx
    | INT                                                   # IntEx
    | FLOAT                                                 # FloatEx
    | IMAG                                                  # ImagEx
    | enclosure                                             # EnclosureEx
    | expr '.' NAME                                         # AttrEx
    | expr '(' arglist? ')'                                 # CallEx
    | expr '[' subscripts ']'                               # IndexEx
    | <assoc=right> expr op='**' expr                       # PowEx
    | op=('+' | '-' | '~') expr                             # UnaryEx
    | expr op=('*' | '/' | '//' | '%' | '@') expr           # MulEx
    | expr op=('+' | '-') expr                              # AddEx
    | expr op=('<<' | '>>') expr                            # ShiftEx
    | expr op='&' expr                                      # BitAndEx
    | expr op='^' expr                                      # BitXorEx
    | expr op='|' expr                                      # BitOrEx
    | expr comp_op expr                                     # CompareEx
    | op='not' expr                                         # NotEx
    | expr op='and' expr                                    # AndEx
    | expr op='or' expr                                     # OrEx
    | <assoc=right> expr 'if' expr 'else' expr              # CondEx
    | 'lambda' lparams? ':' expr                            # LambdaEx
    | <assoc=right> expr op=':=' expr                          # WalrusEx
    ;

// 'is' 'not' comes before 'is' so that a is not b is not a is (not b).
comp_op
    : '<' | '>' | '==' | '>=' | '<=' | '!='
    | 'in' | 'not' 'in' | 'is' 'not' | 'is'
    ;

// enclosure is every atom but a name or a number: strings, constants
// and bracketed displays.
enclosure
    : STRING+                                               # StringAt
    | ('True' | 'False' | 'None' | '...')                   # ConstAt
    | '(' testlist_comp? ')'                                # ParenAt
    | '[' testlist_comp? ']'                                # ListAt
    | '{' dictorset? '}'                                    # BraceAt
    ;

// testlist_comp, subscript and argument are left-factored: written as
// alternatives that start with the same expression, ANTLR's prediction
// would scan the whole expression to choose one.
testlist_comp
    : star_expr ( comp_for+ | (',' star_expr)* ','? )
    ;

dictorset
    : expr ':' expr comp_for+
    | dict_item (',' dict_item)* ','?
    | star_expr comp_for+
    | star_expr (',' star_expr)* ','?
    ;

dict_item
    : expr ':' expr
    | '**' expr
    ;

comp_for : 'for' targets 'in' expr ('if' expr)* ;

// targets are the loop variables of for statements and comprehensions.
// They cannot be general expressions: in a comparison would swallow the
// loop's 'in'.
targets : target (',' target)* ','? ;

target : '*'? tprimary ;

tprimary
    : NAME                                                  # NameT
    | enclosure                                             # EnclosureT
    | tprimary '.' NAME                                     # AttrT
    | tprimary '(' arglist? ')'                             # CallT
    | tprimary '[' subscripts ']'                           # IndexT
    ;

subscripts : subscript (',' subscript)* ','? ;

subscript
    : lo=expr (c1=':' hi=expr? (c2=':' step=expr?)?)?
    | c1=':' hi=expr? (c2=':' step=expr?)?
    ;

arglist : argument (',' argument)* ','? ;

argument
    : NAME '=' expr
    | '*' expr
    | '**' expr
    | expr comp_for*
    ;

// ---- lexer ----

INT
    : [1-9] ('_'? [0-9])*
    | '0'+ ('_'? '0')*
    | '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [oO] ('_'? [0-7])+
    | '0' [bB] ('_'? [01])+
    ;

FLOAT : POINT_FLOAT | EXPONENT_FLOAT ;

IMAG : (POINT_FLOAT | EXPONENT_FLOAT | DIGIT_PART) [jJ] ;

fragment DIGIT_PART : [0-9] ('_'? [0-9])* ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) [eE] [+-]? DIGIT_PART ;

STRING : STR_PREFIX? (SHORT_STRING | LONG_STRING) ;

// An unterminated string runs to the end of its line; the terminated form
// is one character longer and wins when the closing quote is there.
UNTERMINATED_STRING
    : STR_PREFIX? ( '\'' ('\\' . | ~[\\\r\n'])*
                  | '"' ('\\' . | ~[\\\r\n"])*
                  )
    ;

// An unterminated triple-quoted string runs to the end of the input; its
// body cannot contain the closing quotes, so a terminated string wins.
UNTERMINATED_LONG_STRING
    : STR_PREFIX? ( '\'\'\'' ( '\\' . | ~['\\] | '\'' ('\\' . | ~['\\]) | '\'\'' ('\\' . | ~['\\]) )* ('\'' | '\'\'')?
                  | '"""' ( '\\' . | ~["\\] | '"' ('\\' . | ~["\\]) | '""' ('\\' . | ~["\\]) )* ('"' | '""')?
                  )
    ;

fragment STR_PREFIX
    : [rRbBuUfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

fragment SHORT_STRING
    : '\'' ('\\' . | ~[\\\r\n'])* '\''
    | '"' ('\\' . | ~[\\\r\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' ('\\' . | ~'\\')*? '\'\'\''
    | '"""' ('\\' . | ~'\\')*? '"""'
    ;

// Python's keywords for what dcalc does not accept (generators,
// coroutines) are never names: no rule takes this token, so each use is
// a syntax error, at CPython's position for a misuse (hints.go).
RESERVED : 'yield' | 'await' | 'async' ;

NAME : ID_START ID_CONTINUE* ;

// ':=' is one token, as in CPython's tokenizer, so that a misplaced one is
// reported over both characters.
WALRUS : ':=' ;

// '->' likewise.
ARROW : '->' ;

// Any non-ASCII character may lex as part of a name; lexer.go then
// checks it against CPython's identifier classes (L, Nl, _ to start;
// also Mn, Mc, Nd, Pc after). Spelling the classes out here made the
// lexer's ATN hold thousands of Unicode ranges, deserialised on every
// start-up.
fragment ID_START : [a-zA-Z_\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z_0-9\u0080-\u{10FFFF}] ;

NEWLINE : '\r'? '\n' | '\r' ;

// A backslash joins lines when a newline follows; lexer.go reports any
// other backslash.
LINE_JOIN : '\\' [ \t\f]* ('\r'? '\n' | '\r')? ;

COMMENT : '#' ~[\r\n]* -> skip ;

WS : [ \t\f]+ -> skip ;

// Any other character is an error that lexer.go reports.
ERROR_CHAR : . ;
