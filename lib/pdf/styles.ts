import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT } from "./fonts";

export const KLEUR = {
  rijk: "#154273",
  donker: "#0b2540",
  tekst: "#1f2937",
  grijs: "#4b5563",
  lijn: "#9ca3af",
  licht: "#eef3f8",
  watermerk: "#c7d2de",
} as const;

export const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10.5, color: KLEUR.tekst, paddingTop: 62, paddingBottom: 56, paddingHorizontal: 52 },
  kop: {
    position: "absolute",
    top: 24,
    left: 52,
    right: 52,
    fontSize: 8.5,
    color: KLEUR.grijs,
    borderBottomWidth: 0.5,
    borderBottomColor: KLEUR.lijn,
    paddingBottom: 4,
  },
  voet: { position: "absolute", bottom: 24, left: 52, right: 52, textAlign: "right", fontSize: 8.5, color: KLEUR.grijs },
  watermerk: {
    position: "absolute",
    top: 360,
    left: -60,
    right: -60,
    textAlign: "center",
    fontSize: 110,
    fontWeight: 700,
    color: KLEUR.watermerk,
    opacity: 0.35,
    transform: "rotate(-45deg)",
  },
  h1: { fontSize: 18, fontWeight: 700, color: KLEUR.donker, marginBottom: 8 },
  h2: { fontSize: 13, fontWeight: 700, color: KLEUR.donker, marginTop: 12, marginBottom: 4 },
  h3: { fontSize: 11, fontWeight: 600, color: KLEUR.donker, marginTop: 8, marginBottom: 2 },
  // lineHeight only on static text and in points: React-PDF re-resolves a relative lineHeight
  // of fixed and render-prop nodes on every page (one inherited by the footer grew without
  // bound), and a relative one on plain text comes out as double spacing.
  p: { marginBottom: 6, lineHeight: "14.5pt" },
  klein: { fontSize: 9, color: KLEUR.grijs },
  lijstItem: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 12 },
  lijstTekst: { flex: 1 },
  citaat: { borderLeftWidth: 2, borderLeftColor: KLEUR.lijn, paddingLeft: 6, marginBottom: 4 },
  kader: { borderWidth: 0.75, borderColor: KLEUR.rijk, backgroundColor: KLEUR.licht, padding: 8, marginVertical: 6 },
  tabel: { marginVertical: 6, borderTopWidth: 1, borderTopColor: KLEUR.rijk },
  tabelKop: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: KLEUR.rijk, backgroundColor: KLEUR.licht },
  tabelRij: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: KLEUR.lijn },
  cel: { paddingVertical: 2.5, paddingHorizontal: 3, fontSize: 9 },
  kopCel: { paddingVertical: 3, paddingHorizontal: 3, fontSize: 9, fontWeight: 600 },
});
