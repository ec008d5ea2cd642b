"""Plausible wrong answers for Chapter 12, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

_LORA = '''
class LoRALinear(nn.Module):
    def __init__(self, base, rank, alpha):
        super().__init__()
        self.base = base
        {freeze}
        self.scale = {scale}
        self.A = nn.Parameter({a_init})
        self.B = nn.Parameter({b_init})

    def forward(self, x):
        return self.base(x) + self.scale * {update}

    def merged_weight(self):
        return self.base.weight + self.scale * {merged}
'''


def _lora(freeze="self.base.requires_grad_(False)", scale="alpha / rank",
          a_init="torch.randn(rank, base.in_features) / math.sqrt(base.in_features)",
          b_init="torch.zeros(base.out_features, rank)", update="(x @ self.A.T) @ self.B.T",
          merged="(self.B @ self.A)"):
    return _LORA.format(freeze=freeze, scale=scale, a_init=a_init, b_init=b_init, update=update, merged=merged)


_QUANTIZE = '''
def quantize_int8(weight):
    weight = weight.float()
    scale = {scale}
    {zero_rows}
    q = {codes}
    return q.to(torch.int8), scale


def dequantize_int8(q, scale):
    return {dequantize}
'''


def _quantize(scale="weight.abs().amax(dim=1) / 127",
              zero_rows="scale = torch.where(scale > 0, scale, torch.ones_like(scale))",
              codes="torch.clamp(torch.round(weight / scale[:, None]), -127, 127)",
              dequantize="q.float() * scale[:, None]"):
    return _QUANTIZE.format(scale=scale, zero_rows=zero_rows, codes=codes, dequantize=dequantize)


_DISTILL = '''
def distillation_loss(student_logits, teacher_logits, labels, temperature, alpha):
    log_p_teacher = F.log_softmax(teacher_logits / {teacher_t}, dim=1)
    log_p_student = {log_student}
    kl = {kl}
    hard = F.cross_entropy(student_logits, labels)
    return alpha * {t_factor} * kl + (1 - alpha) * hard
'''


def _distill(teacher_t="temperature", log_student="F.log_softmax(student_logits / temperature, dim=1)",
             kl="(log_p_teacher.exp() * (log_p_teacher - log_p_student)).sum(dim=1).mean()",
             t_factor="temperature ** 2"):
    return _DISTILL.format(teacher_t=teacher_t, log_student=log_student, kl=kl, t_factor=t_factor)


MUTANTS = {
    "ex1-lora-linear": [
        ("scale alpha instead of alpha / rank", _lora(scale="alpha")),
        ("A and B initialisations swapped: B random, A zero",
         _lora(a_init="torch.zeros(rank, base.in_features)",
               b_init="torch.randn(base.out_features, rank) / math.sqrt(rank)")),
        ("base layer not frozen", _lora(freeze="pass")),
        ("merged update transposed", _lora(merged="(self.B @ self.A).T")),
        ("update without transposes", _lora(update="(x @ self.A) @ self.B")),
        ("only the weight frozen, the bias still trains", _lora(freeze="self.base.weight.requires_grad_(False)")),
    ],
    "ex2-count-parameters": [
        ("counts tensors instead of their entries", """
def count_parameters(model):
    parameters = list(model.parameters())
    return len([p for p in parameters if p.requires_grad]), len(parameters)
"""),
        ("counts the state dict: buffers and shared weights too", """
def count_parameters(model):
    state = model.state_dict()
    total = sum(t.numel() for t in state.values())
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return trainable, total
"""),
        ("frozen and trainable swapped", """
def count_parameters(model):
    trainable = sum(p.numel() for p in model.parameters() if not p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total
"""),
        ("every parameter counted as trainable", """
def count_parameters(model):
    total = sum(p.numel() for p in model.parameters())
    return total, total
"""),
    ],
    "ex3-int8-quantize": [
        ("one scale for the whole matrix", _quantize(scale="weight.abs().max().expand(weight.shape[0]) / 127")),
        ("all-zero row divides by zero", _quantize(zero_rows="pass")),
        ("scale max / 128 instead of / 127", _quantize(scale="weight.abs().amax(dim=1) / 128")),
        ("truncation instead of rounding", _quantize(codes="torch.clamp(weight / scale[:, None], -127, 127).trunc()")),
        ("max instead of max |w| sets the scale", _quantize(scale="weight.amax(dim=1).clamp(min=0) / 127")),
        ("dequantize broadcasts the scale along the wrong axis", _quantize(dequantize="q.float() * scale[None, :]")),
    ],
    "ex4-distillation-loss": [
        ("T squared factor forgotten", _distill(t_factor="1")),
        ("KL in the wrong direction: KL(student || teacher)",
         _distill(kl="(log_p_student.exp() * (log_p_student - log_p_teacher)).sum(dim=1).mean()")),
        ("KL averaged over classes as well as the batch",
         _distill(kl="(log_p_teacher.exp() * (log_p_teacher - log_p_student)).mean()")),
        ("teacher logits not softened", _distill(teacher_t="1")),
        ("log of softmax instead of log_softmax",
         _distill(log_student="torch.log(torch.softmax(student_logits / temperature, dim=1))")),
    ],
    "ex5-bfloat16-round": [
        ("truncation: the lower 16 bits dropped", """
def round_to_bfloat16(x):
    bits = np.ascontiguousarray(x, dtype=np.float32).view(np.uint32)
    return (bits & np.uint32(0xFFFF0000)).view(np.float32)
"""),
        ("ties rounded up instead of to even", """
def round_to_bfloat16(x):
    bits = np.ascontiguousarray(x, dtype=np.float32).view(np.uint32)
    return ((bits + np.uint32(0x8000)) & np.uint32(0xFFFF0000)).view(np.float32)
"""),
        ("a fixed grid of 1/128 instead of steps that grow with the exponent", """
def round_to_bfloat16(x):
    return (np.round(np.asarray(x, dtype=np.float32) * 128) / 128).astype(np.float32)
"""),
        ("float16 instead of bfloat16", """
def round_to_bfloat16(x):
    return np.asarray(x, dtype=np.float32).astype(np.float16).astype(np.float32)
"""),
    ],
    "ex6-chunk-words": [
        ("overlap ignored: consecutive chunks do not share words", """
def chunk_words(text, size, overlap):
    if not 0 <= overlap < size:
        raise ValueError("bad overlap")
    words = text.split()
    return [" ".join(words[start:start + size]) for start in range(0, len(words), size)]
"""),
        ("keeps going after reaching the end: a last chunk inside the previous one", """
def chunk_words(text, size, overlap):
    if not 0 <= overlap < size:
        raise ValueError("bad overlap")
    words = text.split()
    return [" ".join(words[start:start + size]) for start in range(0, len(words), size - overlap)]
"""),
        ("no check of size and overlap", """
def chunk_words(text, size, overlap):
    words = text.split()
    chunks = []
    for start in range(0, len(words), size - overlap):
        chunks.append(" ".join(words[start:start + size]))
        if start + size >= len(words):
            break
    return chunks
"""),
        ("an empty text gives one empty chunk", """
def chunk_words(text, size, overlap):
    if not 0 <= overlap < size:
        raise ValueError("bad overlap")
    words = text.split()
    return [" ".join(words[start:start + size])
            for start in range(0, max(len(words) - overlap, 1), size - overlap)]
"""),
    ],
    "ex7-top-k-cosine": [
        ("least similar first", """
def top_k_cosine(query, matrix, k):
    similarities = matrix @ query / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(query))
    indices = np.argsort(similarities)[:k]
    return indices, similarities[indices]
"""),
        ("dot product instead of cosine", """
def top_k_cosine(query, matrix, k):
    similarities = matrix @ query
    indices = np.argsort(-similarities)[:k]
    return indices, similarities[indices]
"""),
        ("query not normalised", """
def top_k_cosine(query, matrix, k):
    similarities = matrix @ query / np.linalg.norm(matrix, axis=1)
    indices = np.argsort(-similarities)[:k]
    return indices, similarities[indices]
"""),
        ("scores of the first k rows instead of the retrieved ones", """
def top_k_cosine(query, matrix, k):
    similarities = matrix @ query / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(query))
    indices = np.argsort(-similarities)[:k]
    return indices, similarities[:k]
"""),
    ],
    "ex8-build-prompt": [
        ("chunks numbered from 0", """
def build_prompt(question, chunks):
    lines = ["Answer the question using only the context below.", "", "Context:"]
    lines += [f"[{number}] {' '.join(chunk.split())}" for number, chunk in enumerate(chunks)]
    lines += ["", f"Question: {' '.join(question.split())}", "Answer:"]
    return "\\n".join(lines)
"""),
        ("chunks only stripped: their line breaks stay", """
def build_prompt(question, chunks):
    lines = ["Answer the question using only the context below.", "", "Context:"]
    lines += [f"[{number}] {chunk.strip()}" for number, chunk in enumerate(chunks, start=1)]
    lines += ["", f"Question: {question.strip()}", "Answer:"]
    return "\\n".join(lines)
"""),
        ("a line break after 'Answer:'", """
def build_prompt(question, chunks):
    lines = ["Answer the question using only the context below.", "", "Context:"]
    lines += [f"[{number}] {' '.join(chunk.split())}" for number, chunk in enumerate(chunks, start=1)]
    lines += ["", f"Question: {' '.join(question.split())}", "Answer:"]
    return "\\n".join(lines) + "\\n"
"""),
        ("the question before the context", """
def build_prompt(question, chunks):
    lines = ["Answer the question using only the context below.", "", f"Question: {' '.join(question.split())}",
             "", "Context:"]
    lines += [f"[{number}] {' '.join(chunk.split())}" for number, chunk in enumerate(chunks, start=1)]
    lines += ["Answer:"]
    return "\\n".join(lines)
"""),
    ],
}
