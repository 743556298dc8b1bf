package session

import (
	"encoding/base64"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
)

// IPython.display.Image as notebooks use it: Image(url=...) shows an
// <img> tag (the front end fetches the picture; dcalc does not), and
// Image(filename=...) or Image('picture.png') embeds the file's bytes,
// read under the session's file policy as %load reads. Fetching a URL
// (embed=True) and raw image bytes are not there.

// imageMIME are the formats Image embeds, by format name.
var imageMIME = map[string]string{"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}

// imageClass is IPython.display.Image.
func imageClass() *Class {
	c := &Class{Name: "Image", Module: "IPython.core.display"}
	c.Is = func(v Value) bool { o, ok := v.(*pyObject); return ok && o.Type == "Image" }
	row := &binding{Name: "Image",
		Sig:     "(data=None, url=None, filename=None, format=None, embed=None, width=None, height=None, retina=False, unconfined=False, metadata=None, alt=None)",
		Honours: "data url filename format embed width height alt",
		Fn:      func(in *interp, a *callArgs) Value { return in.newImage(a) },
	}
	c.Call = row.call
	return c
}

// newImage is Image.__init__ and DisplayObject.reload: the bundle it
// will show.
func (in *interp) newImage(a *callArgs) Value {
	str := func(name string) string {
		v := a.Or(name, none)
		if v == none {
			return ""
		}
		s, ok := v.(string)
		if !ok {
			throw("NotImplementedError", "dcalc's Image takes %s as a string, not %s", name, typeName(v))
		}
		return s
	}
	url, filename := str("url"), str("filename")
	// embed defaults to True unless url= is given (a URL as data is
	// fetched and embedded)
	embed := url == ""
	switch data := str("data"); {
	case data == "":
	case strings.HasPrefix(data, "http"):
		url = data
	default:
		if _, err := os.Stat(data); err != nil {
			throw("NotImplementedError", "dcalc's Image takes a file name or a URL, not image data")
		}
		filename = data
	}
	if url == "" && filename == "" {
		throw("ValueError", "No image data found. Expecting filename, url, or data.")
	}
	source := filename
	if source == "" {
		source = url
	}
	format := strings.ToLower(str("format"))
	if format == "" {
		format = strings.ToLower(strings.TrimPrefix(filepath.Ext(source), "."))
		if format == "jpg" {
			format = "jpeg"
		}
	}
	if e := a.Or("embed", none); e != none {
		embed = in.truth(e, nil)
	}
	width, height := a.Or("width", none), a.Or("height", none)
	bundle := map[string]string{"text/plain": "<IPython.core.display.Image object>"}
	if !embed {
		var attrs string
		for _, wh := range []struct {
			name string
			v    Value
		}{{"width", width}, {"height", height}} {
			if wh.v != none {
				attrs += fmt.Sprintf(` %s="%s"`, wh.name, in.percentFormat("%d", wh.v))
			}
		}
		if alt := str("alt"); alt != "" {
			attrs += ` alt="` + html.EscapeString(alt) + `"`
		}
		bundle["text/html"] = `<img src="` + url + `"` + attrs + `/>`
	} else {
		mime, ok := imageMIME[format]
		if !ok {
			throw("ValueError", "Cannot embed the '%s' image format", format)
		}
		if filename == "" {
			throw("NotImplementedError", "dcalc does not fetch URLs: Image(url=..., embed=True) cannot embed the picture")
		}
		if width != none || height != none || str("alt") != "" {
			throw("NotImplementedError", "dcalc's embedded Image takes no width, height or alt yet")
		}
		if err := in.s.magicState().files.checkRead(filename); err != nil {
			panic(err)
		}
		raw, err := os.ReadFile(filename)
		if err != nil {
			panic(osError(err))
		}
		bundle[mime] = base64.StdEncoding.EncodeToString(raw)
	}
	return &pyObject{Type: "Image", Repr: "<IPython.core.display.Image object>",
		Attrs: map[string]Value{"embed": embed, "format": format}, bundle: bundle}
}
