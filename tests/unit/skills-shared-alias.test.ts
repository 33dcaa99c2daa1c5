import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/core/skills/taxonomy';
import { skillsFromDescription } from '../../src/core/import/values/jobText';

// "TF" is TensorFlow or Terraform: the skills beside it decide.

const tax = loadTaxonomy();
const cell = (text: string) => tax.readCell(text).skills.map((h) => h.name);
const prose = (text: string) => tax.readText(text).skills.map((h) => h.name);

describe('an alias two skills share', () => {
  it('is Terraform among infrastructure skills, TensorFlow among ML ones or alone', () => {
    expect(cell('k8s, TF, golang, AWS')).toEqual(['Kubernetes', 'Terraform', 'Go', 'Amazon Web Services']);
    expect(cell('TF, Keras, PyTorch')).toEqual(['TensorFlow', 'Keras', 'PyTorch']);
    expect(cell('TF')).toEqual(['TensorFlow']);
    expect(prose('Wrote TF modules (AWS + GCP) with Terragrunt')).toEqual(['Terraform', 'Amazon Web Services', 'Google Cloud', 'Terragrunt']);
  });

  it('is settled by the whole job posting, not the one line it is on', () => {
    const r = skillsFromDescription('Requirements\n- k8s, TF, golang, AWS\n- TF modules', (t) => tax.readText(t));
    expect(r.must.map((k) => k.skill)).toEqual(['Kubernetes', 'Terraform', 'Go', 'Amazon Web Services']);
  });

  it('is not listed twice when the other skill is named too', () => {
    expect(cell('Terraform, TF, Helm, Kubernetes')).toEqual(['Terraform', 'Helm', 'Kubernetes']);
  });
});
