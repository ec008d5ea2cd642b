"""Plausible wrong answers for Chapter 10 (generative models), by exercise grade_id: each must fail
that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). No
exercise calls another, so a wrong answer costs only its own exercise's points.
"""

MUTANTS = {
    "ex1-noise-schedule": [
        ("cumulative sum instead of cumulative product", """
def noise_schedule(T, beta_1=1e-4, beta_T=0.02):
    betas = torch.linspace(beta_1, beta_T, T, dtype=torch.float64)
    alphas = 1.0 - betas
    return betas, alphas, torch.cumsum(alphas, dim=0)
"""),
        ("alpha_bars as the cumulative product of the betas", """
def noise_schedule(T, beta_1=1e-4, beta_T=0.02):
    betas = torch.linspace(beta_1, beta_T, T, dtype=torch.float64)
    return betas, 1.0 - betas, torch.cumprod(betas, dim=0)
"""),
        ("betas spaced by (beta_T - beta_1) / T: the last one falls short of beta_T", """
def noise_schedule(T, beta_1=1e-4, beta_T=0.02):
    betas = beta_1 + (beta_T - beta_1) / T * torch.arange(T, dtype=torch.float64)
    alphas = 1.0 - betas
    return betas, alphas, torch.cumprod(alphas, dim=0)
"""),
        ("computed in float32", """
def noise_schedule(T, beta_1=1e-4, beta_T=0.02):
    betas = torch.linspace(beta_1, beta_T, T)
    alphas = 1.0 - betas
    return betas, alphas, torch.cumprod(alphas, dim=0)
"""),
        ("the paper's 1e-4 and 0.02 hard-coded, the arguments ignored", """
def noise_schedule(T, beta_1=1e-4, beta_T=0.02):
    betas = torch.linspace(1e-4, 0.02, T, dtype=torch.float64)
    alphas = 1.0 - betas
    return betas, alphas, torch.cumprod(alphas, dim=0)
"""),
    ],
    "ex2-forward-sample": [
        ("no square roots: alpha_bar * x0 + (1 - alpha_bar) * noise", """
def q_sample(x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t].view(-1, *([1] * (x0.dim() - 1)))
    return alpha_bar * x0 + (1.0 - alpha_bar) * noise
"""),
        ("noise scaled by sqrt(alpha_bar) instead of sqrt(1 - alpha_bar)", """
def q_sample(x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t].view(-1, *([1] * (x0.dim() - 1)))
    return alpha_bar.sqrt() * x0 + alpha_bar.sqrt() * noise
"""),
        ("off by one: alpha_bars[t - 1]", """
def q_sample(x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t - 1].view(-1, *([1] * (x0.dim() - 1)))
    return alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
"""),
        ("alpha_bars[t][:, None]: broadcasts for points only, not for images", """
def q_sample(x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t][:, None]
    return alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
"""),
    ],
    "ex3-diffusion-loss": [
        ("the model compared with x0 instead of the noise", """
def diffusion_loss(model, x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t].view(-1, *([1] * (x0.dim() - 1)))
    x_t = alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
    return ((x0 - model(x_t, t)) ** 2).mean()
"""),
        ("the model called on the clean x0", """
def diffusion_loss(model, x0, t, noise, alpha_bars):
    return ((noise - model(x0, t)) ** 2).mean()
"""),
        ("squared errors summed instead of averaged", """
def diffusion_loss(model, x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t].view(-1, *([1] * (x0.dim() - 1)))
    x_t = alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
    return ((noise - model(x_t, t)) ** 2).sum()
"""),
        ("the loss returned as a Python float (.item()): nothing to backpropagate", """
def diffusion_loss(model, x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t].view(-1, *([1] * (x0.dim() - 1)))
    x_t = alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
    return torch.tensor(((noise - model(x_t, t)) ** 2).mean().item())
"""),
        ("alpha_bars[t][:, None]: works for points, fails for images", """
def diffusion_loss(model, x0, t, noise, alpha_bars):
    alpha_bar = alpha_bars[t][:, None]
    x_t = alpha_bar.sqrt() * x0 + (1.0 - alpha_bar).sqrt() * noise
    return ((noise - model(x_t, t)) ** 2).mean()
"""),
    ],
    "ex4-reverse-step": [
        ("noise added at t == 0 too", """
def reverse_step(x_t, t, eps_pred, betas, alpha_bars, z):
    beta = betas[t]
    mean = (x_t - beta / (1.0 - alpha_bars[t]).sqrt() * eps_pred) / (1.0 - beta).sqrt()
    return mean + beta.sqrt() * z
"""),
        ("sigma_t = beta_t instead of sqrt(beta_t)", """
def reverse_step(x_t, t, eps_pred, betas, alpha_bars, z):
    beta = betas[t]
    mean = (x_t - beta / (1.0 - alpha_bars[t]).sqrt() * eps_pred) / (1.0 - beta).sqrt()
    return mean if t == 0 else mean + beta * z
"""),
        ("division by sqrt(alpha_t) forgotten", """
def reverse_step(x_t, t, eps_pred, betas, alpha_bars, z):
    beta = betas[t]
    mean = x_t - beta / (1.0 - alpha_bars[t]).sqrt() * eps_pred
    return mean if t == 0 else mean + beta.sqrt() * z
"""),
        ("the whole noise share removed: sqrt(1 - alpha_bar) * eps instead of beta / sqrt(1 - alpha_bar) * eps", """
def reverse_step(x_t, t, eps_pred, betas, alpha_bars, z):
    beta = betas[t]
    mean = (x_t - (1.0 - alpha_bars[t]).sqrt() * eps_pred) / (1.0 - beta).sqrt()
    return mean if t == 0 else mean + beta.sqrt() * z
"""),
        ("divided by sqrt(alpha_bar_t) instead of sqrt(alpha_t)", """
def reverse_step(x_t, t, eps_pred, betas, alpha_bars, z):
    beta = betas[t]
    mean = (x_t - beta / (1.0 - alpha_bars[t]).sqrt() * eps_pred) / alpha_bars[t].sqrt()
    return mean if t == 0 else mean + beta.sqrt() * z
"""),
    ],
    "ex5-gan-losses": [
        ("log of a sigmoid: overflows to inf for large logits", """
def discriminator_loss(real_logits, fake_logits):
    return -torch.log(torch.sigmoid(real_logits)).mean() - torch.log(1 - torch.sigmoid(fake_logits)).mean()


def generator_loss(fake_logits):
    return -torch.log(torch.sigmoid(fake_logits)).mean()
"""),
        ("saturating generator loss: minimise log(1 - D(G(z)))", """
def discriminator_loss(real_logits, fake_logits):
    return F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()


def generator_loss(fake_logits):
    return -F.softplus(fake_logits).mean()
"""),
        ("labels swapped: real 0, fake 1", """
def discriminator_loss(real_logits, fake_logits):
    return F.softplus(real_logits).mean() + F.softplus(-fake_logits).mean()


def generator_loss(fake_logits):
    return F.softplus(-fake_logits).mean()
"""),
        ("one mean over real and fake logits together", """
def discriminator_loss(real_logits, fake_logits):
    return torch.cat([F.softplus(-real_logits).flatten(), F.softplus(fake_logits).flatten()]).mean()


def generator_loss(fake_logits):
    return F.softplus(-fake_logits).mean()
"""),
        ("generator loss with softplus(fake) (the discriminator's fake term)", """
def discriminator_loss(real_logits, fake_logits):
    return F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()


def generator_loss(fake_logits):
    return F.softplus(fake_logits).mean()
"""),
    ],
    "ex6-gram-matrix": [
        ("not divided by the number of positions", """
def gram_matrix(features):
    batch, channels, height, width = features.shape
    flat = features.reshape(batch, channels, height * width)
    return flat @ flat.transpose(1, 2)
"""),
        ("divided by C * H * W", """
def gram_matrix(features):
    batch, channels, height, width = features.shape
    flat = features.reshape(batch, channels, height * width)
    return flat @ flat.transpose(1, 2) / (channels * height * width)
"""),
        ("positions x positions: the transpose on the wrong side", """
def gram_matrix(features):
    batch, channels, height, width = features.shape
    flat = features.reshape(batch, channels, height * width)
    return flat.transpose(1, 2) @ flat / (height * width)
"""),
        ("reshaped to (batch, H*W, C) instead of transposing", """
def gram_matrix(features):
    batch, channels, height, width = features.shape
    flat = features.reshape(batch, height * width, channels)
    return flat.transpose(1, 2) @ flat / (height * width)
"""),
        ("the batch axis forgotten: works for one image only", """
def gram_matrix(features):
    batch, channels, height, width = features.shape
    flat = features.reshape(channels, -1)
    return (flat @ flat.T / (height * width))[None]
"""),
    ],
    "ex7-style-content-losses": [
        ("content loss summed instead of averaged", """
def content_loss(generated, target):
    return ((generated - target) ** 2).sum()


def style_loss(generated_grams, style_grams, weights):
    return sum(w * ((g - a) ** 2).mean() for g, a, w in zip(generated_grams, style_grams, weights))
"""),
        ("absolute instead of squared differences in the style loss", """
def content_loss(generated, target):
    return ((generated - target) ** 2).mean()


def style_loss(generated_grams, style_grams, weights):
    return sum(w * (g - a).abs().mean() for g, a, w in zip(generated_grams, style_grams, weights))
"""),
        ("layers averaged instead of summed", """
def content_loss(generated, target):
    return ((generated - target) ** 2).mean()


def style_loss(generated_grams, style_grams, weights):
    return sum(w * ((g - a) ** 2).mean() for g, a, w in zip(generated_grams, style_grams, weights)) / len(weights)
"""),
        ("the layer weights ignored", """
def content_loss(generated, target):
    return ((generated - target) ** 2).mean()


def style_loss(generated_grams, style_grams, weights):
    return sum(((g - a) ** 2).mean() for g, a in zip(generated_grams, style_grams))
"""),
    ],
    "ex8-dream-step": [
        ("gradient descent: the step subtracted", """
def dream_step(image, layer, step_size):
    x = image.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(0.5 * (layer(x) ** 2).sum(), x)
    return (x - step_size * grad / (grad.abs().mean() + 1e-8)).detach()
"""),
        ("gradient not normalised", """
def dream_step(image, layer, step_size):
    x = image.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(0.5 * (layer(x) ** 2).sum(), x)
    return (x + step_size * grad).detach()
"""),
        ("objective sum(a) instead of 0.5 * sum(a ** 2)", """
def dream_step(image, layer, step_size):
    x = image.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(layer(x).sum(), x)
    return (x + step_size * grad / (grad.abs().mean() + 1e-8)).detach()
"""),
        ("normalised by the largest |g| instead of the mean", """
def dream_step(image, layer, step_size):
    x = image.detach().clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(0.5 * (layer(x) ** 2).sum(), x)
    return (x + step_size * grad / (grad.abs().max() + 1e-8)).detach()
"""),
        ("the caller's image changed in place", """
def dream_step(image, layer, step_size):
    x = image.detach().requires_grad_(True)
    (grad,) = torch.autograd.grad(0.5 * (layer(x) ** 2).sum(), x)
    with torch.no_grad():
        x += step_size * grad / (grad.abs().mean() + 1e-8)
    return x.detach()
"""),
    ],
    "ex9-pix2pix-loss": [
        ("L2 instead of L1", """
def pix2pix_generator_loss(fake_logits, fake, target, lam=100.0):
    adversarial = F.binary_cross_entropy_with_logits(fake_logits, torch.ones_like(fake_logits))
    return adversarial + lam * ((fake - target) ** 2).mean()
"""),
        ("adversarial term with label 0 (the discriminator's target for fakes)", """
def pix2pix_generator_loss(fake_logits, fake, target, lam=100.0):
    adversarial = F.binary_cross_entropy_with_logits(fake_logits, torch.zeros_like(fake_logits))
    return adversarial + lam * (fake - target).abs().mean()
"""),
        ("L1 summed instead of averaged", """
def pix2pix_generator_loss(fake_logits, fake, target, lam=100.0):
    adversarial = F.binary_cross_entropy_with_logits(fake_logits, torch.ones_like(fake_logits))
    return adversarial + lam * (fake - target).abs().sum()
"""),
        ("the paper's lambda = 100 hard-coded, the argument ignored", """
def pix2pix_generator_loss(fake_logits, fake, target, lam=100.0):
    adversarial = F.binary_cross_entropy_with_logits(fake_logits, torch.ones_like(fake_logits))
    return adversarial + 100.0 * (fake - target).abs().mean()
"""),
    ],
    "ex10-cycle-loss": [
        ("round trips composed in the wrong order", """
def cycle_loss(real_a, real_b, g_ab, g_ba, lam=10.0):
    forward_cycle = (g_ab(g_ba(real_a)) - real_a).abs().mean()
    backward_cycle = (g_ba(g_ab(real_b)) - real_b).abs().mean()
    return lam * (forward_cycle + backward_cycle)
"""),
        ("only the forward cycle a -> B -> A", """
def cycle_loss(real_a, real_b, g_ab, g_ba, lam=10.0):
    return lam * (g_ba(g_ab(real_a)) - real_a).abs().mean()
"""),
        ("squared instead of absolute differences", """
def cycle_loss(real_a, real_b, g_ab, g_ba, lam=10.0):
    forward_cycle = ((g_ba(g_ab(real_a)) - real_a) ** 2).mean()
    backward_cycle = ((g_ab(g_ba(real_b)) - real_b) ** 2).mean()
    return lam * (forward_cycle + backward_cycle)
"""),
        ("lambda = 10 hard-coded, the argument ignored", """
def cycle_loss(real_a, real_b, g_ab, g_ba, lam=10.0):
    forward_cycle = (g_ba(g_ab(real_a)) - real_a).abs().mean()
    backward_cycle = (g_ab(g_ba(real_b)) - real_b).abs().mean()
    return 10.0 * (forward_cycle + backward_cycle)
"""),
        ("each round trip compared with the other domain's input", """
def cycle_loss(real_a, real_b, g_ab, g_ba, lam=10.0):
    forward_cycle = (g_ba(g_ab(real_a)) - real_b).abs().mean()
    backward_cycle = (g_ab(g_ba(real_b)) - real_a).abs().mean()
    return lam * (forward_cycle + backward_cycle)
"""),
    ],
}
