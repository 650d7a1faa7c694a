// The admin page: pick a satker, then start Decap CMS with that satker's generated configuration
// (admin/satker/<id>.json) and the lakip file formats (lakip-format.js).
import * as YAML from './yaml/index.js';
import { buatFormat } from './lakip-format.js';
import { ID, ID_ALUR } from './lakip-id.js';

const ID_SATKER = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function tampilkanPilihan(pesan) {
  const main = document.getElementById('pilih-satker');
  main.hidden = false;
  if (pesan) document.getElementById('pesan').textContent = pesan;
  const cari = document.getElementById('cari');
  cari.addEventListener('input', () => {
    const q = cari.value.trim().toLowerCase();
    for (const li of document.querySelectorAll('#daftar li')) li.hidden = q !== '' && !li.dataset.cari.includes(q);
  });
}

// the same assembly as site/cms.py rakit(): shared fields, this satker's files
function rakit(sid, dasar, bidang, satker) {
  const config = JSON.parse(JSON.stringify(dasar).replaceAll('{satker}', sid));
  config.media_folder = `${satker.folder}/dokumen`;
  config.public_folder = `/${satker.folder}/dokumen`;
  config.collections = satker.koleksi.map(k => ({
    name: k.name, label: k.label, label_singular: k.label, description: k.description,
    format: `lakip-${k.name}`, extension: 'md', editor: { preview: false },
    files: k.files.map(([name, label, file, kunci]) => ({ name, label, file, fields: bidang[kunci] })),
  }));
  return config;
}

// Decap's icon-only buttons (open a row, drag it, remove it) have no accessible name; a screen
// reader would say only "button". They are named here by their icon, and again as Decap redraws.
const IKON = [
  ['m5.123 6.33', 'Buka atau tutup'],
  ['M11.916 9.96', 'Hapus butir ini'],
  ['M3 15v-2h18v2H3', 'Geser butir ini (seret, atau spasi lalu panah)'],
];

function namaiTombol() {
  const beri = () => {
    for (const el of document.querySelectorAll('button, [role="button"]')) {
      if (el.hasAttribute('aria-label') || el.textContent.trim()) continue;
      const d = el.querySelector('svg path')?.getAttribute('d') || '';
      const cocok = IKON.find(([awal]) => d.startsWith(awal));
      if (cocok) el.setAttribute('aria-label', cocok[1]);
      else if (el.querySelector('img, svg')) el.setAttribute('aria-label', 'Akun');
    }
  };
  new MutationObserver(beri).observe(document.body, { childList: true, subtree: true });
  beri();
}

function gabung(a, b) {
  const hasil = { ...a };
  for (const [k, v] of Object.entries(b)) hasil[k] = v && typeof v === 'object' ? gabung(a[k] || {}, v) : v;
  return hasil;
}

async function mulai() {
  const param = new URLSearchParams(location.search);
  let sid = param.get('satker');
  // a git host's login sends the browser back without the query: the choice is remembered
  if (!sid) sid = sessionStorage.getItem('lakip-satker');
  if (!sid || !ID_SATKER.test(sid)) {
    tampilkanPilihan('');
    return;
  }
  const [jawab, jawabBersama] = await Promise.all([fetch(`satker/${sid}.json`), fetch('lakip-cms.json')]);
  if (!jawab.ok || !jawabBersama.ok) {
    sessionStorage.removeItem('lakip-satker');
    tampilkanPilihan(`Satker "${sid}" tidak ada di situs ini: pilih dari daftar.`);
    return;
  }
  sessionStorage.setItem('lakip-satker', sid);
  const satker = await jawab.json();
  const { dasar, bidang, skema } = await jawabBersama.json();
  const config = rakit(sid, dasar, bidang, satker);
  while (!window.CMS) await new Promise(r => setTimeout(r, 20));
  const format = buatFormat(YAML);
  // with proposals (pull requests) 'publish' merges into the published data: said as such
  const alur = config.publish_mode === 'editorial_workflow';
  window.CMS.registerLocale('id', alur ? gabung(ID, ID_ALUR) : ID);
  for (const jenis of Object.keys(skema)) {
    window.CMS.registerCustomFormat(`lakip-${jenis}`, 'md', {
      fromFile: teks => format.baca(teks, skema[jenis]),
      toFile: data => format.tulis(data, skema[jenis]),
    });
  }
  document.title = `Editor data kinerja: ${satker.nama}`;
  namaiTombol();
  window.CMS.init({ config });
}

mulai();
