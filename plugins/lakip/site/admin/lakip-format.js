// Reading and writing lakip data files for Decap CMS, so that a save changes only what the
// person changed. Decap's own YAML formats parse the front matter and write a whole new document:
// comments vanish, long lines fold, 99.60 becomes 99.6 (a printed figure) and new keys land where
// `lakip check` refuses the layout. Here the original text travels with the entry (field
// `__lakip_asli`) and a save splices only the changed values into it: an untouched line keeps its
// bytes, a new key goes where the model puts it (`urutan`, generated from the Python model).
//
// Numbers reach the form as the text typed in the file ("99.60", "63293098000"), are edited as
// text (a string widget with the model's pattern) and are written back plain, as typed.

const ANGKA = /^-?\d+(\.\d+)?$|^-?\d+(_\d{3})+$/;
export const ASLI = '__lakip_asli';

function pisah(teks) {
  // front matter between the first two '---' lines; the rest is the Markdown body
  const m = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/.exec(teks);
  if (!m) return { fm: '', body: teks, ada: false };
  return { fm: m[1] || '', body: teks.slice(m[0].length), ada: true };
}

function awalBaris(teks, pos) {
  return teks.lastIndexOf('\n', pos - 1) + 1;
}

function akhirBaris(teks, pos) {
  if (pos > 0 && teks[pos - 1] === '\n') return pos;
  const i = teks.indexOf('\n', pos);
  return i < 0 ? teks.length : i + 1;
}

function kolom(teks, pos) {
  return pos - awalBaris(teks, pos);
}

function kosong(v) {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.every(kosong);
  if (typeof v === 'object') return Object.values(v).every(kosong);
  return false;
}

function sama(a, b) {
  if (kosong(a) && kosong(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sama(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const kunci = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...kunci].every(k => sama(a[k], b[k]));
  }
  return String(a) === String(b);
}

export function buatFormat(YAML) {
  function keData(node, fm) {
    if (node === null || node === undefined) return null;
    if (YAML.isMap(node)) {
      const hasil = {};
      for (const p of node.items) {
        const k = YAML.isScalar(p.key) ? String(p.key.value) : String(p.key);
        hasil[k] = keData(p.value, fm);
      }
      return hasil;
    }
    if (YAML.isSeq(node)) return node.items.map(n => keData(n, fm));
    if (YAML.isScalar(node)) {
      const v = node.value;
      if (typeof v === 'number' || typeof v === 'bigint') return fm.slice(node.range[0], node.range[1]).trim();
      if (v instanceof Date) return fm.slice(node.range[0], node.range[1]).trim();
      return v;
    }
    return node.toJSON();
  }

  function isiBawaan(nilai, skema) {
    // a key the file leaves out holds the model's default: the form shows it (a switch 'on' for
    // rincian_lengkap), and the writer leaves a default nobody typed out again
    if (!skema || !nilai || typeof nilai !== 'object') return nilai;
    if (Array.isArray(nilai)) return nilai.map(v => isiBawaan(v, skema));
    for (const [k, v] of Object.entries(skema.bawaan || {})) if (!(k in nilai)) nilai[k] = v;
    for (const [k, s] of Object.entries(skema.anak || {})) if (k in nilai) isiBawaan(nilai[k], s);
    return nilai;
  }

  function baca(teks, skema) {
    const { fm, body } = pisah(teks);
    const doc = YAML.parseDocument(fm);
    const data = isiBawaan(doc.contents ? keData(doc.contents, fm) : {}, skema);
    return { ...(data && typeof data === 'object' && !Array.isArray(data) ? data : {}), body, [ASLI]: teks };
  }

  // ------------------------------------------------------------ writing new text

  function siapkan(nilai) {
    // a value as a YAML node whose numbers are written as typed and long texts as | blocks
    const doc = new YAML.Document(nilai);
    YAML.visit(doc, {
      Scalar(_, n) {
        if (typeof n.value === 'string' && ANGKA.test(n.value)) {
          const t = n.value;
          const desimal = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
          if (t.includes('_') || Math.abs(Number(t)) > Number.MAX_SAFE_INTEGER) {
            n.value = t.includes('.') ? Number(t) : BigInt(t.replace(/_/g, ''));
          } else {
            n.value = Number(t);
          }
          if (desimal) n.minFractionDigits = desimal;
        } else if (typeof n.value === 'string' && n.value.includes('\n')) {
          n.type = 'BLOCK_LITERAL';
        }
      },
    });
    return doc;
  }

  function teksBlok(doc, kol) {
    return doc.toString({ lineWidth: 0, indentSeq: true }).replace(/\n$/, '').split('\n')
      .map(b => (b ? ' '.repeat(kol) + b : b)).join('\n') + '\n';
  }

  function teksSkalar(nilai, kol) {
    // the text of one value after 'kunci: ' (kol = the key's column)
    if (typeof nilai === 'boolean') return String(nilai);
    if (typeof nilai === 'number') return String(nilai);
    const t = String(nilai);
    if (ANGKA.test(t)) return t;
    if (t.includes('\n')) {
      const akhir = /\n+$/.exec(t);
      const tanda = !akhir ? '-' : akhir[0].length > 1 ? '+' : '';
      const isi = t.replace(/\n+$/, '').split('\n').map(b => (b ? ' '.repeat(kol + 2) + b : '')).join('\n');
      const ekor = akhir ? akhir[0] : '\n';
      if (/^[ \t]/.test(t)) return JSON.stringify(t);
      return `|${tanda}\n${isi}${ekor}`;
    }
    return YAML.stringify(t, { lineWidth: 0 }).replace(/\n$/, '');
  }

  // ------------------------------------------------------------ the patch

  class Tambalan {
    constructor(fm) {
      this.fm = fm;
      this.ubah = []; // [awal, akhir, teks]
      this.gagal = false; // a change this splicer does not handle: the caller rewrites the document
    }

    ganti(awal, akhir, teks) {
      this.ubah.push([awal, akhir, teks]);
    }

    skalar(node, nilai, kol) {
      const fm = this.fm;
      const lama = fm.slice(node.range[0], node.range[1]);
      let baru = teksSkalar(nilai, kol);
      let akhir = node.range[1];
      if (baru.endsWith('\n')) {
        // a block: it ends its line, so a trailing comment would become text: it goes
        akhir = Math.max(akhir, node.range[2]);
        if (!fm.slice(node.range[0], akhir).endsWith('\n')) baru = baru.replace(/\n+$/, '');
        else if (/\n\n+$/.test(fm.slice(node.range[0], akhir)) && !/\n\n$/.test(baru)) {
          // blank lines after a clipped block belong to the layout, not to the value
          baru += fm.slice(node.range[0], akhir).match(/\n+$/)[0].slice(1);
        }
      }
      if (lama !== baru) this.ganti(node.range[0], akhir, baru);
    }

    hapusPasangan(peta, i) {
      const p = peta.items[i];
      const fm = this.fm;
      const mulai = awalBaris(fm, p.key.range[0]);
      if (fm.slice(mulai, p.key.range[0]).trim() !== '') {
        this.gagal = true; // the first key of a '- ' item: removing its line would remove the item
        return;
      }
      const ujung = p.value && p.value.range ? p.value.range[2] : p.key.range[2];
      this.ganti(mulai, akhirBaris(fm, ujung), '');
    }

    tambahPasangan(peta, kunci, nilai, urutan) {
      const fm = this.fm;
      const ada = peta ? peta.items : [];
      if (peta && peta.flow) {
        this.gagal = true;
        return;
      }
      let kol = 0;
      let pos = fm.length;
      if (ada.length) {
        kol = kolom(fm, ada[0].key.range[0]);
        const posisi = urutan.indexOf(kunci);
        // after the last existing key that the model puts before this one
        let sebelum = null;
        for (const p of ada) {
          const k = String(p.key.value);
          const ik = urutan.indexOf(k);
          if (posisi < 0 || ik < 0 || ik < posisi) sebelum = p;
        }
        if (sebelum === null && /^\d+$/.test(kunci)) sebelum = ada[ada.length - 1];
        if (sebelum === null) {
          const p0 = ada[0];
          const m = awalBaris(fm, p0.key.range[0]);
          if (fm.slice(m, p0.key.range[0]).trim() !== '') {
            sebelum = p0; // cannot go before the first key of a '- ' item
          } else {
            this.ganti(m, m, this.teksPasangan(kunci, nilai, kol));
            return;
          }
        }
        const ujung = sebelum.value && sebelum.value.range ? sebelum.value.range[2] : sebelum.key.range[2];
        pos = akhirBaris(fm, ujung);
      } else if (peta && peta.range) {
        this.gagal = true;
        return;
      }
      const awal = pos === fm.length && fm && !fm.endsWith('\n') ? '\n' : '';
      this.ganti(pos, pos, awal + this.teksPasangan(kunci, nilai, kol));
    }

    teksPasangan(kunci, nilai, kol) {
      if (nilai !== null && typeof nilai === 'object') {
        return teksBlok(siapkan({ [kunci]: nilai }), kol);
      }
      const t = teksSkalar(nilai, kol);
      return ' '.repeat(kol) + `${YAML.stringify(kunci).trim()}: ${t}${t.endsWith('\n') ? '' : '\n'}`;
    }

    tambahButir(seq, nilai) {
      const fm = this.fm;
      const akhir = seq.items[seq.items.length - 1];
      if (seq.flow || !akhir || !akhir.range) {
        this.gagal = true;
        return;
      }
      const pos = akhirBaris(fm, akhir.range[2]);
      const baris = fm.slice(awalBaris(fm, akhir.range[0]), akhir.range[0]);
      const kol = baris.lastIndexOf('-');
      if (kol < 0) {
        this.gagal = true;
        return;
      }
      this.ganti(pos, pos, teksBlok(siapkan([nilai]), kol));
    }

    hapusButir(seq, i) {
      const fm = this.fm;
      const n = seq.items[i];
      if (seq.flow || !n.range) {
        this.gagal = true;
        return;
      }
      const mulai = awalBaris(fm, n.range[0]);
      this.ganti(mulai, akhirBaris(fm, n.range[2]), '');
    }

    terapkan() {
      const urut = [...this.ubah].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
      let teks = this.fm;
      let batas = Infinity;
      for (const [awal, akhir, isi] of urut) {
        if (akhir > batas) {
          this.gagal = true;
          break;
        }
        teks = teks.slice(0, awal) + isi + teks.slice(akhir);
        batas = awal;
      }
      return teks;
    }
  }

  function tambalNode(t, node, lama, baru, skema, kol) {
    // node: the YAML node holding `lama` (its data); baru: the form's value
    if (sama(lama, baru)) return;
    if (YAML.isMap(node) && baru && typeof baru === 'object' && !Array.isArray(baru)) {
      tambalPeta(t, node, lama || {}, baru, skema);
      return;
    }
    if (YAML.isSeq(node) && Array.isArray(baru)) {
      tambalDaftar(t, node, lama || [], baru, skema);
      return;
    }
    if (YAML.isScalar(node) && (baru === null || typeof baru !== 'object')) {
      t.skalar(node, baru, kol);
      return;
    }
    t.gagal = true;
  }

  function tambalPeta(t, peta, lama, baru, skema) {
    const urutan = (skema && skema.urutan) || [];
    const bawaan = (skema && skema.bawaan) || {};
    const anak = (skema && skema.anak) || {};
    const kunciLama = new Map(peta.items.map((p, i) => [String(YAML.isScalar(p.key) ? p.key.value : p.key), i]));
    for (const [k, i] of kunciLama) {
      if (!(k in baru)) continue; // a key the form does not know stays as it is
      const p = peta.items[i];
      if (kosong(baru[k]) && !kosong(lama[k])) {
        t.hapusPasangan(peta, i);
        continue;
      }
      const kol = kolom(t.fm, p.key.range[0]);
      if (!p.value || (YAML.isScalar(p.value) && p.value.value === null && !kosong(baru[k]))) {
        if (p.value && p.value.range && typeof baru[k] !== 'object') {
          t.skalar(p.value, baru[k], kol);
        } else {
          t.gagal = true;
        }
        continue;
      }
      tambalNode(t, p.value, lama[k], baru[k], anak[k], kol);
    }
    for (const k of Object.keys(baru)) {
      if (k === 'body' || k.startsWith('__') || kunciLama.has(k)) continue;
      const v = baru[k];
      if (kosong(v) || (k in bawaan && sama(bawaan[k], v))) continue;
      t.tambahPasangan(peta, k, v, urutan);
    }
  }

  function tambalDaftar(t, seq, lama, baru, skema) {
    const kolButir = i => kolom(t.fm, seq.items[i].range[0]);
    const n = Math.min(lama.length, baru.length);
    if (baru.length < lama.length) {
      // find which items went: the others are matched in order
      const tetap = [];
      let j = 0;
      for (let i = 0; i < lama.length && j < baru.length; i++) {
        if (sama(lama[i], baru[j])) {
          tetap.push(i);
          j++;
        }
      }
      if (j === baru.length) {
        for (let i = lama.length - 1; i >= 0; i--) if (!tetap.includes(i)) t.hapusButir(seq, i);
        return;
      }
    }
    for (let i = 0; i < n; i++) tambalNode(t, seq.items[i], lama[i], baru[i], skema, kolButir(i) - 2);
    for (let i = lama.length - 1; i >= baru.length; i--) t.hapusButir(seq, i);
    for (let i = lama.length; i < baru.length; i++) if (!kosong(baru[i])) t.tambahButir(seq, baru[i]);
  }

  function bersih(nilai, skema) {
    // the form's value without empty fields and model defaults (for a file written anew)
    if (Array.isArray(nilai)) return nilai.filter(v => !kosong(v)).map(v => bersih(v, skema));
    if (nilai && typeof nilai === 'object') {
      const hasil = {};
      const urutan = (skema && skema.urutan) || [];
      const kunci = Object.keys(nilai).filter(k => k !== 'body' && !k.startsWith('__'));
      kunci.sort((a, b) => {
        const ia = urutan.indexOf(a), ib = urutan.indexOf(b);
        return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib);
      });
      for (const k of kunci) {
        const v = nilai[k];
        if (kosong(v) || (skema && skema.bawaan && k in skema.bawaan && sama(skema.bawaan[k], v))) continue;
        hasil[k] = bersih(v, skema && skema.anak ? skema.anak[k] : null);
      }
      return hasil;
    }
    return nilai;
  }

  function tulis(data, skema) {
    const asli = data[ASLI];
    const body = data.body === undefined || data.body === null ? '' : String(data.body);
    if (typeof asli !== 'string') {
      const isi = bersih(data, skema);
      const fm = Object.keys(isi).length ? siapkan(isi).toString({ lineWidth: 0, indentSeq: true }) : '';
      return `---\n${fm}---\n${body}`;
    }
    const { fm, body: bodyLama, ada } = pisah(asli);
    const doc = YAML.parseDocument(fm);
    const lama = isiBawaan(doc.contents ? keData(doc.contents, fm) : {}, skema);
    const t = new Tambalan(fm);
    if (doc.contents && !YAML.isMap(doc.contents)) t.gagal = true;
    else tambalPeta(t, doc.contents || { items: [] }, lama || {}, data, skema);
    let fmBaru = t.gagal ? null : t.terapkan();
    if (t.gagal || fmBaru === null) {
      // a change the splicer does not handle (a flow map, a reordered list, removing the first key
      // of a list item): the front matter is written anew, in model order but without its comments;
      // the pull request shows it whole and `lakip rapikan` tidies the layout
      const isi = bersih(data, skema);
      fmBaru = siapkan(isi).toString({ lineWidth: 0, indentSeq: true });
    }
    const bodyBaru = body === bodyLama.replace(/\r\n/g, '\n') ? bodyLama : body;
    if (!ada && !fmBaru.trim()) return bodyBaru;
    const kepala = ada ? asli.slice(0, asli.indexOf('\n') + 1) : '---\n';
    return `${kepala}${fmBaru}---\n${bodyBaru}`;
  }

  return { baca, tulis };
}
