// The admin page: pick a satker, then start Decap CMS with that satker's generated configuration
// (admin/satker/<id>.json) and the lakip file formats (lakip-format.js).
import * as YAML from './yaml/index.js';
import { buatFormat } from './lakip-format.js';
import { ID } from './lakip-id.js';

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

async function mulai() {
  const param = new URLSearchParams(location.search);
  let sid = param.get('satker');
  // a git host's login sends the browser back without the query: the choice is remembered
  if (!sid) sid = sessionStorage.getItem('lakip-satker');
  if (!sid || !ID_SATKER.test(sid)) {
    tampilkanPilihan('');
    return;
  }
  const [jawab, jawabSkema] = await Promise.all([fetch(`satker/${sid}.json`), fetch('lakip-skema.json')]);
  if (!jawab.ok || !jawabSkema.ok) {
    sessionStorage.removeItem('lakip-satker');
    tampilkanPilihan(`Satker "${sid}" tidak ada di situs ini: pilih dari daftar.`);
    return;
  }
  sessionStorage.setItem('lakip-satker', sid);
  const config = await jawab.json();
  const skema = await jawabSkema.json();
  while (!window.CMS) await new Promise(r => setTimeout(r, 20));
  const format = buatFormat(YAML);
  window.CMS.registerLocale('id', ID);
  for (const jenis of Object.keys(skema)) {
    window.CMS.registerCustomFormat(`lakip-${jenis}`, 'md', {
      fromFile: teks => format.baca(teks),
      toFile: data => format.tulis(data, skema[jenis]),
    });
  }
  document.title = `Editor data kinerja: ${sid}`;
  window.CMS.init({ config });
}

mulai();
