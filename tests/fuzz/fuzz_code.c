/*
 * libFuzzer target: the event coder and the PETRARCH-2 dictionary readers.
 *
 * The first byte chooses: 0-3 read the rest as an actor, agent, verb or
 * discard dictionary (and code a sentence with it); anything else codes the
 * whole input as text with a small fixed dictionary, under a date taken
 * from the input's start.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/coder.h"
#include "analyse/dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char actors[] =
	"IRAN [IRN]\n+IRANIAN\nIRAQ [IRQ]\nTALIBAN [AFGREB]\n"
	"AFGHANISTAN [AFG]\n+AFGHAN_\nGOLLUM\n\t[HOB <950601]\n\t[HOBREB >950601]\n";
static const char agents[] = "!P! = MAN, MEN\nDIPLOMAT [~GOV]\nFORCES {} [~MIL]\nMSF {} [NGO~]\n"
			     "CONGRESS!P! [~LEG]\n";
static const char verbs[] = "&T\n+TROOPS\n+&T\n\n--- ATTACK [190] ---\nATTACK\nKILL\n"
			    "- * (WITH) ARTILLERY [194]\n- % * [190]\n- + * AID (FROM $) [070]\n"
			    "--- SAY [010] ---\nSAY {SAID}\n--- HOST [043:042] ---\nHOST\n"
			    "- $ ^ (FOR) * [164]\n- * &T {A B} ^ + [154]\n";
static const char discards[] = "FOOTBALL\n+TYPHOON\n";

static const char *const base[] = { actors, agents, verbs, discards };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dict *d = NULL;
	struct coder *c = NULL;
	struct event_list ev;
	struct buf out;
	int k, mode = size ? data[0] : 255;
	size_t i;
	if (dict_new(&d, NULL) < 0)
		return 0;
	for (k = 0; k < 4; k++)
		dict_load_buf(d, (enum dict_kind)k, "base", base[k], strlen(base[k]), NULL);
	if (mode < 4)
		dict_load_buf(d, (enum dict_kind)mode, "fuzz", (const char *)data + 1, size - 1,
			      NULL);
	if (coder_new(&c, d, NULL) < 0) {
		dict_free(d);
		return 0;
	}
	memset(&ev, 0, sizeof(ev));
	buf_init(&out, 0);
	if (mode < 4) {
		static const char s[] =
			"Iranian forces and the Taliban attacked Iraq, Gollum said.";
		coder_code(c, s, sizeof(s) - 1, "1999-01-01", &ev, NULL);
	} else {
		char date[11];
		size_t n = size < 10 ? size : 10;
		memcpy(date, data, n);
		date[n] = 0;
		coder_code(c, (const char *)data, size, date, &ev, NULL);
	}
	for (i = 0; i < ev.n; i++) {
		const char *text =
			mode < 4 ? "Iranian forces and the Taliban attacked Iraq, Gollum said."
				 : (const char *)data;
		event_to_json(&out, &ev.v[i], text);
		event_to_gdelt(&out, (long long)i, &ev.v[i], "", "");
		event_to_tsv(&out, "id", &ev.v[i], text);
	}
	buf_release(&out);
	event_list_release(&ev);
	coder_free(c);
	dict_free(d);
	return 0;
}
