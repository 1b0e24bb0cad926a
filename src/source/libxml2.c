/*
 * libxml2.c: the libxml2 functions brief (the feed, OPML and sitemap
 * readers here, the HTML extractor, the benchmarks) calls, each forwarding
 * through a table that util/dynlib fills the first time one is called.
 * libxml2 brings ICU, liblzma and the C++ runtime: a command that parses no
 * HTML or XML (search, list, serve...) starts without mapping them.
 *
 * xmlFree is a variable in libxml2 (the function its callers free its
 * strings with): brief's own forwards to the library's.
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlunicode.h>

#include "util/dynlib.h"
#include "util/banned.h"

#define XML_FUNCTIONS(X)             \
	X(htmlEntityLookup)          \
	X(htmlReadMemory)            \
	X(xmlAddChild)               \
	X(xmlAddPrevSibling)         \
	X(xmlBufferContent)          \
	X(xmlBufferCreate)           \
	X(xmlBufferFree)             \
	X(xmlCtxtReadMemory)         \
	X(xmlDocGetRootElement)      \
	X(xmlFree)                   \
	X(xmlFreeDoc)                \
	X(xmlFreeNode)               \
	X(xmlFreeProp)               \
	X(xmlFreeParserCtxt)         \
	X(xmlGetNsProp)              \
	X(xmlGetProp)                \
	X(xmlHasNsProp)              \
	X(xmlHasProp)                \
	X(xmlInitParser)             \
	X(xmlNewDocNode)             \
	X(xmlNewDocProp)             \
	X(xmlNewDocText)             \
	X(xmlNewParserCtxt)          \
	X(xmlNewTextChild)           \
	X(xmlNodeDump)               \
	X(xmlNodeGetBase)            \
	X(xmlNodeGetContent)         \
	X(xmlNodeGetLang)            \
	X(xmlPreviousElementSibling) \
	X(xmlReadMemory)             \
	X(xmlUCSIsCatL)              \
	X(xmlUCSIsCatN)              \
	X(xmlUnlinkNode)

DYNLIB_TABLE("libxml2", XML_FUNCTIONS, "libxml2.so.2", "libxml2.so");

/* fn.xmlFree points to the library's variable: call what it holds */
static void xml_free(void *p)
{
	dynlib_need(&lib);
	(*fn.xmlFree)(p);
}

xmlFreeFunc xmlFree = xml_free;

const htmlEntityDesc *htmlEntityLookup(const xmlChar *name)
{
	dynlib_need(&lib);
	return fn.htmlEntityLookup(name);
}

htmlDocPtr htmlReadMemory(const char *buffer, int size, const char *URL, const char *encoding,
			  int options)
{
	dynlib_need(&lib);
	return fn.htmlReadMemory(buffer, size, URL, encoding, options);
}

xmlNodePtr xmlAddChild(xmlNodePtr parent, xmlNodePtr cur)
{
	dynlib_need(&lib);
	return fn.xmlAddChild(parent, cur);
}

xmlNodePtr xmlAddPrevSibling(xmlNodePtr next, xmlNodePtr cur)
{
	dynlib_need(&lib);
	return fn.xmlAddPrevSibling(next, cur);
}

const xmlChar *xmlBufferContent(const xmlBuffer *buf)
{
	dynlib_need(&lib);
	return fn.xmlBufferContent(buf);
}

xmlBufferPtr xmlBufferCreate(void)
{
	dynlib_need(&lib);
	return fn.xmlBufferCreate();
}

void xmlBufferFree(xmlBufferPtr buf)
{
	dynlib_need(&lib);
	fn.xmlBufferFree(buf);
}

xmlDocPtr xmlCtxtReadMemory(xmlParserCtxtPtr ctxt, const char *buffer, int size, const char *URL,
			    const char *encoding, int options)
{
	dynlib_need(&lib);
	return fn.xmlCtxtReadMemory(ctxt, buffer, size, URL, encoding, options);
}

xmlNodePtr xmlDocGetRootElement(const xmlDoc *doc)
{
	dynlib_need(&lib);
	return fn.xmlDocGetRootElement(doc);
}

void xmlFreeDoc(xmlDocPtr cur)
{
	dynlib_need(&lib);
	fn.xmlFreeDoc(cur);
}

void xmlFreeNode(xmlNodePtr cur)
{
	dynlib_need(&lib);
	fn.xmlFreeNode(cur);
}

void xmlFreeProp(xmlAttrPtr cur)
{
	dynlib_need(&lib);
	fn.xmlFreeProp(cur);
}

void xmlFreeParserCtxt(xmlParserCtxtPtr ctxt)
{
	dynlib_need(&lib);
	fn.xmlFreeParserCtxt(ctxt);
}

xmlChar *xmlGetNsProp(const xmlNode *node, const xmlChar *name, const xmlChar *nameSpace)
{
	dynlib_need(&lib);
	return fn.xmlGetNsProp(node, name, nameSpace);
}

xmlChar *xmlGetProp(const xmlNode *node, const xmlChar *name)
{
	dynlib_need(&lib);
	return fn.xmlGetProp(node, name);
}

xmlAttrPtr xmlHasNsProp(const xmlNode *node, const xmlChar *name, const xmlChar *nameSpace)
{
	dynlib_need(&lib);
	return fn.xmlHasNsProp(node, name, nameSpace);
}

xmlAttrPtr xmlHasProp(const xmlNode *node, const xmlChar *name)
{
	dynlib_need(&lib);
	return fn.xmlHasProp(node, name);
}

void xmlInitParser(void)
{
	dynlib_need(&lib);
	fn.xmlInitParser();
}

xmlNodePtr xmlNewDocNode(xmlDocPtr doc, xmlNsPtr ns, const xmlChar *name, const xmlChar *content)
{
	dynlib_need(&lib);
	return fn.xmlNewDocNode(doc, ns, name, content);
}

xmlAttrPtr xmlNewDocProp(xmlDocPtr doc, const xmlChar *name, const xmlChar *value)
{
	dynlib_need(&lib);
	return fn.xmlNewDocProp(doc, name, value);
}

xmlNodePtr xmlNewDocText(const xmlDoc *doc, const xmlChar *content)
{
	dynlib_need(&lib);
	return fn.xmlNewDocText(doc, content);
}

xmlParserCtxtPtr xmlNewParserCtxt(void)
{
	dynlib_need(&lib);
	return fn.xmlNewParserCtxt();
}

xmlNodePtr xmlNewTextChild(xmlNodePtr parent, xmlNsPtr ns, const xmlChar *name,
			   const xmlChar *content)
{
	dynlib_need(&lib);
	return fn.xmlNewTextChild(parent, ns, name, content);
}

int xmlNodeDump(xmlBufferPtr buf, xmlDocPtr doc, xmlNodePtr cur, int level, int format)
{
	dynlib_need(&lib);
	return fn.xmlNodeDump(buf, doc, cur, level, format);
}

xmlChar *xmlNodeGetBase(const xmlDoc *doc, const xmlNode *cur)
{
	dynlib_need(&lib);
	return fn.xmlNodeGetBase(doc, cur);
}

xmlChar *xmlNodeGetContent(const xmlNode *cur)
{
	dynlib_need(&lib);
	return fn.xmlNodeGetContent(cur);
}

xmlChar *xmlNodeGetLang(const xmlNode *cur)
{
	dynlib_need(&lib);
	return fn.xmlNodeGetLang(cur);
}

xmlNodePtr xmlPreviousElementSibling(xmlNodePtr node)
{
	dynlib_need(&lib);
	return fn.xmlPreviousElementSibling(node);
}

xmlDocPtr xmlReadMemory(const char *buffer, int size, const char *URL, const char *encoding,
			int options)
{
	dynlib_need(&lib);
	return fn.xmlReadMemory(buffer, size, URL, encoding, options);
}

int xmlUCSIsCatL(int code)
{
	dynlib_need(&lib);
	return fn.xmlUCSIsCatL(code);
}

int xmlUCSIsCatN(int code)
{
	dynlib_need(&lib);
	return fn.xmlUCSIsCatN(code);
}

void xmlUnlinkNode(xmlNodePtr cur)
{
	dynlib_need(&lib);
	fn.xmlUnlinkNode(cur);
}
